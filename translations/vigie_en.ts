<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Vigie::Application</name>
    <message>
        <source>No display found: the window needs a graphical session. See vigie --help for what runs without one.</source>
        <translation>No display found: the window needs a graphical session. See vigie --help for what runs without one.</translation>
    </message>
    <message>
        <source>Vigie cannot start</source>
        <translation>Vigie cannot start</translation>
    </message>
    <message>
        <source>The embedded threat database cannot be opened: %1</source>
        <translation>The embedded threat database cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::CentreDetails</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Partner states</source>
        <translation>Partner states</translation>
    </message>
    <message>
        <source>Countries served</source>
        <translation>Countries served</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>low confidence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartCatalog</name>
    <message>
        <source>Dashed lines mark series breaks: values on either side of a break are not comparable.</source>
        <translation>Dashed lines mark series breaks: values on either side of a break are not comparable.</translation>
    </message>
    <message>
        <source>Hollow points are provisional.</source>
        <translation>Hollow points are provisional.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 in %2 to %3 in %4, with %n series break(s): values on either side of a break are not comparable.</source>
        <translation>
            <numerusform>From %1 in %2 to %3 in %4, with %n series break: values on either side of a break are not comparable.</numerusform>
            <numerusform>From %1 in %2 to %3 in %4, with %n series breaks: values on either side of a break are not comparable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digital offences recorded in France</source>
        <translation>Digital offences recorded in France</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Recorded offences</source>
        <translation>Recorded offences</translation>
    </message>
    <message>
        <source>Digital offences recorded in 2023</source>
        <translation>Digital offences recorded in 2023</translation>
    </message>
    <message>
        <source>%1 in five years</source>
        <translation>%1 in five years</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartExporter</name>
    <message>
        <source>The size %1 × %2 is not valid: each side must be between %3 and %4 pixels.</source>
        <translation>The size %1 × %2 is not valid: each side must be between %3 and %4 pixels.</translation>
    </message>
    <message>
        <source>The resolution %1 DPI is not valid: it must be between %2 and %3.</source>
        <translation>The resolution %1 DPI is not valid: it must be between %2 and %3.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartRenderer</name>
    <message>
        <source>%1 — Source: %2 — data: %3</source>
        <translation>%1 — Source: %2 — data: %3</translation>
    </message>
    <message>
        <source>%1 — Sources: %2 — data: %3</source>
        <translation>%1 — Sources: %2 — data: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Series break</source>
        <translation>Series break</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartTableModel</name>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartView</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table (Ctrl+T)</source>
        <translation>Show the chart&apos;s numbers as a table (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Show the whole chart again after zooming or panning</source>
        <translation>Show the whole chart again after zooming or panning</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this chart as an image or a document</source>
        <translation>Save this chart as an image or a document</translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation>Provisional figure</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Series break</source>
        <translation>Series break</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
</context>
<context>
    <name>Vigie::CommandLine</name>
    <message>
        <source>Vigie: a dashboard of the cyber-threat landscape, with every figure sourced.</source>
        <translation>Vigie: a dashboard of the cyber-threat landscape, with every figure sourced.</translation>
    </message>
    <message>
        <source>Interface language for this run: fr or en.</source>
        <translation>Interface language for this run: fr or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Unknown language “%1”: use fr or en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See vigie --help.</source>
        <translation>Unknown command “%1”. See vigie --help.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>A command to run without the window (see below).</source>
        <translation>A command to run without the window (see below).</translation>
    </message>
    <message>
        <source>[command [options]]</source>
        <translation>[command [options]]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run “vigie COMMAND --help” for a command&apos;s options.</source>
        <translation>Run “vigie COMMAND --help” for a command&apos;s options.</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF document (vector)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG drawing (vector)</translation>
    </message>
    <message>
        <source>&amp;As on screen (%1 × %2 px)</source>
        <translation>&amp;As on screen (%1 × %2 px)</translation>
    </message>
    <message>
        <source>&amp;Custom size:</source>
        <translation>&amp;Custom size:</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Width</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Height</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Dots per inch written in the file: 96 for screens, 300 for print.</source>
        <translation>Dots per inch written in the file: 96 for screens, 300 for print.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Same as the interface</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>&amp;Dark colours</translation>
    </message>
</context>
<context>
    <name>Vigie::KpiCard</name>
    <message>
        <source>high confidence: read in the publisher&apos;s own record</source>
        <translation>high confidence: read in the publisher&apos;s own record</translation>
    </message>
    <message>
        <source>medium confidence: read in a reputable secondary source</source>
        <translation>medium confidence: read in a reputable secondary source</translation>
    </message>
    <message>
        <source>low confidence: derived, single unofficial source, or contradicted</source>
        <translation>low confidence: derived, single unofficial source, or contradicted</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
    <message>
        <source>Vigie — Cyber-threat landscape</source>
        <translation>Vigie — Cyber-threat landscape</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>Save the chart on this page as PNG, JPEG, PDF or SVG</source>
        <translation>Save the chart on this page as PNG, JPEG, PDF or SVG</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Image</source>
        <translation>&amp;Copy Chart Image</translation>
    </message>
    <message>
        <source>Copy the chart on this page to the clipboard as an image</source>
        <translation>Copy the chart on this page to the clipboard as an image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Switch Language</source>
        <translation>&amp;Switch Language</translation>
    </message>
    <message>
        <source>Switch between French and English</source>
        <translation>Switch between French and English</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>&amp;About Vigie</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>%n sourced figure(s)</source>
        <translation>
            <numerusform>%n sourced figure</numerusform>
            <numerusform>%n sourced figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>This page has no chart to export.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Chart exported to %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Chart copied to the clipboard</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;A dashboard of the cyber-threat landscape: France&apos;s figures on cybercrime, each with its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.&lt;/p&gt;&lt;p&gt;Data: COMCYBER-MI, SSMSI (Ministère de l&apos;Intérieur) and the other publishers named with each figure.&lt;/p&gt;&lt;p&gt;Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;A dashboard of the cyber-threat landscape: France&apos;s figures on cybercrime, each with its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.&lt;/p&gt;&lt;p&gt;Data: COMCYBER-MI, SSMSI (Ministère de l&apos;Intérieur) and the other publishers named with each figure.&lt;/p&gt;&lt;p&gt;Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Vigie::MapCanvas</name>
    <message>
        <source>World map</source>
        <translation>World map</translation>
    </message>
    <message>
        <source>%1, capacity centre (%2)</source>
        <translation>%1, capacity centre (%2)</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to pan; the wheel or + and − zoom; Home goes back to Europe and Africa, 0 shows the whole world. Tab reaches the centres&apos; markers.</source>
        <translation>Drag or use the arrow keys to pan; the wheel or + and − zoom; Home goes back to Europe and Africa, 0 shows the whole world. Tab reaches the centres&apos; markers.</translation>
    </message>
</context>
<context>
    <name>Vigie::MapExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::MapPage</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Capacity centres backed by France</source>
        <translation>Capacity centres backed by France</translation>
    </message>
    <message>
        <source>The capacity centres (ENVR in Dakar, WB3C in Podgorica) are not in this version&apos;s database yet: the map shows the countries and the treaty layers only.</source>
        <translation>The capacity centres (ENVR in Dakar, WB3C in Podgorica) are not in this version&apos;s database yet: the map shows the countries and the treaty layers only.</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Export Map</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>Vigie::MapRenderer</name>
    <message>
        <source>France (backs both centres)</source>
        <translation>France (backs both centres)</translation>
    </message>
    <message>
        <source>Partner states of the centre</source>
        <translation>Partner states of the centre</translation>
    </message>
    <message>
        <source>States the centre serves</source>
        <translation>States the centre serves</translation>
    </message>
    <message>
        <source>Capacity centres backed by France</source>
        <translation>Capacity centres backed by France</translation>
    </message>
    <message>
        <source>Treaty status as of %1</source>
        <translation>Treaty status as of %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Equal Earth projection</source>
        <translation>Equal Earth projection</translation>
    </message>
    <message>
        <source>No layer</source>
        <translation>No layer</translation>
    </message>
    <message>
        <source>Budapest Convention parties</source>
        <translation>Budapest Convention parties</translation>
    </message>
    <message>
        <source>UN Convention signatories</source>
        <translation>UN Convention signatories</translation>
    </message>
    <message>
        <source>Party (ratified or acceded)</source>
        <translation>Party (ratified or acceded)</translation>
    </message>
    <message>
        <source>Signed, not ratified</source>
        <translation>Signed, not ratified</translation>
    </message>
    <message>
        <source>Neither signed nor ratified</source>
        <translation>Neither signed nor ratified</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>Vigie::MapView</name>
    <message>
        <source>Select a centre on the map or in the list to read its record.</source>
        <translation>Select a centre on the map or in the list to read its record.</translation>
    </message>
    <message>
        <source>France is highlighted, and so are the selected centre&apos;s partner states and the states it serves.</source>
        <translation>France is highlighted, and so are the selected centre&apos;s partner states and the states it serves.</translation>
    </message>
    <message>
        <source>No treaty data in this version yet.</source>
        <translation>No treaty data in this version yet.</translation>
    </message>
    <message>
        <source>Status as of %1.</source>
        <translation>Status as of %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this map as an image or a document</source>
        <translation>Save this map as an image or a document</translation>
    </message>
    <message>
        <source>&amp;Capacity centres</source>
        <translation>&amp;Capacity centres</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Capacity centres</translation>
    </message>
    <message>
        <source>Centre details</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Map layer</source>
        <translation>Map layer</translation>
    </message>
    <message>
        <source>Back to Europe and Africa, where the centres are (Home)</source>
        <translation>Back to Europe and Africa, where the centres are (Home)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Whole world</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Show the whole world (0)</translation>
    </message>
</context>
<context>
    <name>Vigie::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Cybercrime in France: the headline figures</source>
        <translation>Cybercrime in France: the headline figures</translation>
    </message>
</context>
<context>
    <name>Vigie::PlaceholderPage</name>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>The full set of charts (offences by category, ransomware, conventions, timeline) is not in this version yet.</source>
        <translation>The full set of charts (offences by category, ransomware, conventions, timeline) is not in this version yet.</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Policy text</translation>
    </message>
    <message>
        <source>The French foreign ministry&apos;s statement on fighting cybercrime is not in this version yet.</source>
        <translation>The French foreign ministry&apos;s statement on fighting cybercrime is not in this version yet.</translation>
    </message>
</context>
<context>
    <name>Vigie::WorldMap</name>
    <message>
        <source>The map outlines are missing from this build.</source>
        <translation>The map outlines are missing from this build.</translation>
    </message>
    <message>
        <source>The map outlines cannot be read: %1</source>
        <translation>The map outlines cannot be read: %1</translation>
    </message>
</context>
</TS>
