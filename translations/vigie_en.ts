<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Vigie::AboutBox</name>
    <message>
        <source>About Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;A dashboard of the cyber-threat landscape: France&apos;s figures on cybercrime, each with its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.&lt;/p&gt;&lt;p&gt;Data: COMCYBER-MI, SSMSI (Ministère de l&apos;Intérieur) and the other publishers named with each figure.&lt;/p&gt;&lt;p&gt;Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;&lt;p&gt;Typeface: DejaVu Sans, embedded so that exports look the same on every machine. Bitstream Vera licence; Copyright © 2003 Bitstream, Inc.; DejaVu changes in the public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;A dashboard of the cyber-threat landscape: France&apos;s figures on cybercrime, each with its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.&lt;/p&gt;&lt;p&gt;Data: COMCYBER-MI, SSMSI (Ministère de l&apos;Intérieur) and the other publishers named with each figure.&lt;/p&gt;&lt;p&gt;Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;&lt;p&gt;Typeface: DejaVu Sans, embedded so that exports look the same on every machine. Bitstream Vera licence; Copyright © 2003 Bitstream, Inc.; DejaVu changes in the public domain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dataset %1, figures checked against their sources as of %2.</source>
        <translation>Dataset %1, figures checked against their sources as of %2.</translation>
    </message>
</context>
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
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
</context>
<context>
    <name>Vigie::BatchExport</name>
    <message>
        <source>Exporting charts…</source>
        <translation>Exporting charts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>Exporting %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>Export All</translation>
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
    <name>Vigie::CentresMiniMap</name>
    <message>
        <source>Map of the capacity centres</source>
        <translation>Map of the capacity centres</translation>
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
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Digital-specific legislation</source>
        <translation>Digital-specific legislation</translation>
    </message>
    <message>
        <source>Digital offences by category, 2023</source>
        <translation>Digital offences by category, 2023</translation>
    </message>
    <message>
        <source>Offences against</source>
        <translation>Offences against</translation>
    </message>
    <message>
        <source>The four categories add up to the %1 digital offences recorded in 2023 (SSMSI).</source>
        <translation>The four categories add up to the %1 digital offences recorded in 2023 (SSMSI).</translation>
    </message>
    <message>
        <source>The largest category is “%3”: %1 of the %2 digital offences of 2023.</source>
        <translation>The largest category is “%3”: %1 of the %2 digital offences of 2023.</translation>
    </message>
    <message>
        <source>Ransomware compromises handled by ANSSI</source>
        <translation>Ransomware compromises handled by ANSSI</translation>
    </message>
    <message>
        <source>Compromises</source>
        <translation>Compromises</translation>
    </message>
    <message>
        <source>From %1 in %2 to %3 in %4; peak of %5 in %6.</source>
        <translation>From %1 in %2 to %3 in %4; peak of %5 in %6.</translation>
    </message>
    <message>
        <source>Parties to the Budapest Convention</source>
        <translation>Parties to the Budapest Convention</translation>
    </message>
    <message>
        <source>States parties</source>
        <translation>States parties</translation>
    </message>
    <message>
        <source>Budapest Convention opened</source>
        <translation>Budapest Convention opened</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>UN Convention adopted</source>
        <translation>UN Convention adopted</translation>
    </message>
    <message>
        <source>UN Convention signed in Hanoi</source>
        <translation>UN Convention signed in Hanoi</translation>
    </message>
    <message>
        <source>Hospitals attacked</source>
        <translation>Hospitals attacked</translation>
    </message>
    <message>
        <source>UN and treaties</source>
        <translation>UN and treaties</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Capacity centres</translation>
    </message>
    <message>
        <source>Timeline: attacks, diplomacy and capacity</source>
        <translation>Timeline: attacks, diplomacy and capacity</translation>
    </message>
    <message>
        <source>Hospital attacks as reported by the press; events known only to the month are placed mid-month.</source>
        <translation>Hospital attacks as reported by the press; events known only to the month are placed mid-month.</translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n dated event from %1 to %2.</numerusform>
            <numerusform>%n dated events from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ransomware compromises handled by ANSSI, 2023</source>
        <translation>Ransomware compromises handled by ANSSI, 2023</translation>
    </message>
    <message>
        <source>%1 on 2022</source>
        <translation>%1 on 2022</translation>
    </message>
    <message>
        <source>Signatories of the UN Convention against Cybercrime</source>
        <translation>Signatories of the UN Convention against Cybercrime</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Your figures by year</source>
        <translation>Your figures by year</translation>
    </message>
    <message>
        <source>Sum of your counts</source>
        <translation>Sum of your counts</translation>
    </message>
    <message>
        <source>Sums of the figures you imported with the unit “count”, by the year their period starts in; one line per topic.</source>
        <translation>Sums of the figures you imported with the unit “count”, by the year their period starts in; one line per topic.</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest of %1 topics are shown.</source>
        <translation>
            <numerusform>The %n largest of %1 topics is shown.</numerusform>
            <numerusform>The %n largest of %1 topics are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your figures in %n topic(s); the largest, “%1”, sums to %2.</source>
        <translation>
            <numerusform>Your figures in %n topic; the largest, “%1”, sums to %2.</numerusform>
            <numerusform>Your figures in %n topics; the largest, “%1”, sums to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties in force at the year end</source>
        <translation>Parties in force at the year end</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>end of %1</translation>
    </message>
    <message>
        <source>Counted from each state&apos;s dates of entry into force (Council of Europe chart, depositary notifications, official gazettes). Hollow points: a year in which an entry into force is known only by its year. Dotted lines mark milestones.</source>
        <translation>Counted from each state&apos;s dates of entry into force (Council of Europe chart, depositary notifications, official gazettes). Hollow points: a year in which an entry into force is known only by its year. Dotted lines mark milestones.</translation>
    </message>
    <message>
        <source>%1 Parties at the %2, %3 at the %4; the UN Convention against Cybercrime was adopted in December 2024.</source>
        <translation>%1 Parties at the %2, %3 at the %4; the UN Convention against Cybercrime was adopted in December 2024.</translation>
    </message>
    <message>
        <source>Parties in force</source>
        <translation>Parties in force</translation>
    </message>
    <message>
        <source>Counts from ANSSI&apos;s yearly Panorama, as relayed by the press; 2024 and 2025 from the coverage of the Panorama 2025.</source>
        <translation>Counts from ANSSI&apos;s yearly Panorama, as relayed by the press; 2024 and 2025 from the coverage of the Panorama 2025.</translation>
    </message>
    <message>
        <source>Security incidents reported by health establishments</source>
        <translation>Security incidents reported by health establishments</translation>
    </message>
    <message>
        <source>Reported incidents</source>
        <translation>Reported incidents</translation>
    </message>
    <message>
        <source>Incidents declared to the CERT Santé (ANS observatory). Who must declare, and what, changed over the years: compare years with care. Hollow: 2022 is a preliminary count.</source>
        <translation>Incidents declared to the CERT Santé (ANS observatory). Who must declare, and what, changed over the years: compare years with care. Hollow: 2022 is a preliminary count.</translation>
    </message>
    <message>
        <source>* A caveat: the figure&apos;s note is in its tooltip, its table and the Sources page.</source>
        <translation>* A caveat: the figure&apos;s note is in its tooltip, its table and the Sources page.</translation>
    </message>
    <message>
        <source>Trend, %1 to %2</source>
        <translation>Trend, %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 figures added up here have low confidence.</source>
        <translation>
            <numerusform>%n of the %1 figures added up here has low confidence.</numerusform>
            <numerusform>%n of the %1 figures added up here have low confidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines marked “(right scale)” are read on the right-hand axis: their sums are much smaller.</source>
        <translation>Lines marked “(right scale)” are read on the right-hand axis: their sums are much smaller.</translation>
    </message>
    <message>
        <source>%1 (right scale)</source>
        <translation>%1 (right scale)</translation>
    </message>
    <message>
        <source>Sum of your counts (right scale)</source>
        <translation>Sum of your counts (right scale)</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartPage</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>This page has no chart to export.</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartRenderer</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Series break</source>
        <translation>Series break</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>%1 — Source: %2 — %3</source>
        <translation>%1 — Source: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — Sources: %2 — %3</source>
        <translation>%1 — Sources: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — Your data; source: %2 — data: %3</source>
        <translation>%1 — Your data; source: %2 — data: %3</translation>
    </message>
    <message>
        <source>%1 — Your data; sources: %2 — data: %3</source>
        <translation>%1 — Your data; sources: %2 — data: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n other source(s), in the table</source>
        <translation>
            <numerusform>%n other source, in the table</numerusform>
            <numerusform>%n other sources, in the table</numerusform>
        </translation>
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
    <message>
        <source>%1 (your data)</source>
        <translation>%1 (your data)</translation>
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
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copy &amp;Citation</translation>
    </message>
    <message>
        <source>Source: %1 (your data)</source>
        <translation>Source: %1 (your data)</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>and %1</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Offences</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Ransomware</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Budapest</source>
        <translation>Budapest</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Your figures</translation>
    </message>
</context>
<context>
    <name>Vigie::CitationActions</name>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>Citation copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>Vigie::CitationFormat</name>
    <message>
        <source>; via %1</source>
        <translation>; via %1</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>, via %1</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>data as of %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Read on %1</translation>
    </message>
    <message>
        <source>%1 (Vigie dataset %2)</source>
        <translation>%1 (Vigie dataset %2)</translation>
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
    <message>
        <source>Export charts to PNG, JPEG, PDF or SVG files.</source>
        <translation>Export charts to PNG, JPEG, PDF or SVG files.</translation>
    </message>
    <message>
        <source>Import figures from a CSV file into your own database.</source>
        <translation>Import figures from a CSV file into your own database.</translation>
    </message>
    <message>
        <source>Check a database: schema version, counts, integrity.</source>
        <translation>Check a database: schema version, counts, integrity.</translation>
    </message>
    <message>
        <source>Copy your own database, whole, to a backup file.</source>
        <translation>Copy your own database, whole, to a backup file.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
</context>
<context>
    <name>Vigie::DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Import Data…</translation>
    </message>
    <message>
        <source>Add your own figures from a CSV file, kept apart from Vigie&apos;s</source>
        <translation>Add your own figures from a CSV file, kept apart from Vigie&apos;s</translation>
    </message>
    <message>
        <source>&amp;Back Up Your Data…</source>
        <translation>&amp;Back Up Your Data…</translation>
    </message>
    <message>
        <source>Save a copy of your own database, whole, to a file of your choice</source>
        <translation>Save a copy of your own database, whole, to a file of your choice</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) imported</source>
        <translation>
            <numerusform>%Ln figure imported</numerusform>
            <numerusform>%Ln figures imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Import Data</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Nothing was imported from “%1”.</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Data exported to %1</source>
        <translation>Data exported to %1</translation>
    </message>
    <message>
        <source>Back Up Your Data</source>
        <translation>Back Up Your Data</translation>
    </message>
    <message>
        <source>Vigie databases (*.sqlite)</source>
        <translation>Vigie databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Your data was backed up to %1</source>
        <translation>Your data was backed up to %1</translation>
    </message>
    <message>
        <source>Export Your &amp;Data…</source>
        <translation>Export Your &amp;Data…</translation>
    </message>
    <message>
        <source>Save your own figures and their sources as CSV, which Import Data reads back</source>
        <translation>Save your own figures and their sources as CSV, which Import Data reads back</translation>
    </message>
    <message>
        <source>Export All &amp;Figures…</source>
        <translation>Export All &amp;Figures…</translation>
    </message>
    <message>
        <source>Save Vigie&apos;s figures and yours as CSV; an import of the file skips Vigie&apos;s</source>
        <translation>Save Vigie&apos;s figures and yours as CSV; an import of the file skips Vigie&apos;s</translation>
    </message>
    <message>
        <source>&amp;Remove Your Data…</source>
        <translation>&amp;Remove Your Data…</translation>
    </message>
    <message>
        <source>Remove every figure you imported, after a confirmation and the offer of a backup</source>
        <translation>Remove every figure you imported, after a confirmation and the offer of a backup</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) of yours removed</source>
        <translation>
            <numerusform>%Ln figure of yours removed</numerusform>
            <numerusform>%Ln figures of yours removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Your Data</source>
        <translation>Remove Your Data</translation>
    </message>
    <message>
        <source>You have no figures of your own to remove.</source>
        <translation>You have no figures of your own to remove.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln figure(s) you imported?</source>
        <translation>
            <numerusform>Remove the %Ln figure you imported?</numerusform>
            <numerusform>Remove the %Ln figures you imported?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data is backed up. Vigie&apos;s own figures stay as they are.</source>
        <translation>Your data is backed up. Vigie&apos;s own figures stay as they are.</translation>
    </message>
    <message>
        <source>Their sources and topic names go with them; Vigie&apos;s own figures stay as they are. This cannot be undone: back your data up first to keep a copy.</source>
        <translation>Their sources and topic names go with them; Vigie&apos;s own figures stay as they are. This cannot be undone: back your data up first to keep a copy.</translation>
    </message>
    <message>
        <source>&amp;Back Up First…</source>
        <translation>&amp;Back Up First…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Removal failed</source>
        <translation>Removal failed</translation>
    </message>
    <message numerus="yes">
        <source>Removing your %Ln figure(s)…</source>
        <translation>
            <numerusform>Removing your %Ln figure…</numerusform>
            <numerusform>Removing your %Ln figures…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigie::DataCommands</name>
    <message>
        <source>Imports figures from a CSV file into your own database.</source>
        <translation>Imports figures from a CSV file into your own database.</translation>
    </message>
    <message>
        <source>The user database (default: %1).</source>
        <translation>The user database (default: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A CSV file in Vigie&apos;s format (docs/import-format.md).</source>
        <translation>A CSV file in Vigie&apos;s format (docs/import-format.md).</translation>
    </message>
    <message>
        <source>Name one CSV file to import.</source>
        <translation>Name one CSV file to import.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) imported into %1</source>
        <translation>
            <numerusform>%Ln figure imported into %1</numerusform>
            <numerusform>%Ln figures imported into %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a Vigie database: schema version, counts and integrity. Without a file, checks the embedded database and your own.</source>
        <translation>Checks a Vigie database: schema version, counts and integrity. Without a file, checks the embedded database and your own.</translation>
    </message>
    <message>
        <source>A database to check.</source>
        <translation>A database to check.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schema version: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <source>No user database yet (%1).</source>
        <translation>No user database yet (%1).</translation>
    </message>
    <message>
        <source>Copies your own database, whole and checked, to a backup file. The file is replaced only once the copy is complete.</source>
        <translation>Copies your own database, whole and checked, to a backup file. The file is replaced only once the copy is complete.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>Name one backup file to write.</source>
        <translation>Name one backup file to write.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) backed up to %1</source>
        <translation>
            <numerusform>%Ln figure backed up to %1</numerusform>
            <numerusform>%Ln figures backed up to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an interrupted write was rolled back, in a private copy: the file is unchanged</source>
        <translation>an interrupted write was rolled back, in a private copy: the file is unchanged</translation>
    </message>
    <message>
        <source>foreign keys: %1</source>
        <translation>foreign keys: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::EverythingSearch</name>
    <message>
        <source>Paragraph %1, in French</source>
        <translation>Paragraph %1, in French</translation>
    </message>
    <message>
        <source>Paragraph %1, in English</source>
        <translation>Paragraph %1, in English</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportActions</name>
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
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Cannot write to the folder “%1”.</source>
        <translation>Cannot write to the folder “%1”.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in this folder will be replaced. Continue?</source>
        <translation>
            <numerusform>%Ln file in this folder will be replaced. Continue?</numerusform>
            <numerusform>%Ln files in this folder will be replaced. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written to %1</source>
        <translation>
            <numerusform>%Ln file written to %1</numerusform>
            <numerusform>%Ln files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Export &amp;All…</translation>
    </message>
    <message>
        <source>Save every chart and the map to a folder, in one or both languages</source>
        <translation>Save every chart and the map to a folder, in one or both languages</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportAllDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
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
        <source>&amp;Dark colours</source>
        <translation>&amp;Dark colours</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>Export All</translation>
    </message>
    <message>
        <source>Each chart&apos;s numbers as its table shows them, and for the map every state&apos;s status under each treaty, with its dates and source</source>
        <translation>Each chart&apos;s numbers as its table shows them, and for the map every state&apos;s status under each treaty, with its dates and source</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportCommand</name>
    <message>
        <source>Exports charts to image and document files, with no window.</source>
        <translation>Exports charts to image and document files, with no window.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>formats</translation>
    </message>
    <message>
        <source>Languages of the exports, separated by commas: fr, en.</source>
        <translation>Languages of the exports, separated by commas: fr, en.</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (72 to 600).</source>
        <translation>Resolution in dots per inch (72 to 600).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Size in pixels, as WIDTHxHEIGHT.</source>
        <translation>Size in pixels, as WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>Folder to write to (created if missing).</source>
        <translation>Folder to write to (created if missing).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Replace files that already exist.</translation>
    </message>
    <message>
        <source>Use dark colours.</source>
        <translation>Use dark colours.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Unknown chart “%1”. Charts: %2.</source>
        <translation>Unknown chart “%1”. Charts: %2.</translation>
    </message>
    <message>
        <source>No chart to export.</source>
        <translation>No chart to export.</translation>
    </message>
    <message>
        <source>No format given.</source>
        <translation>No format given.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Unknown language “%1”: use fr or en.</translation>
    </message>
    <message>
        <source>The size “%1” is not WIDTHxHEIGHT, for example 1600x900.</source>
        <translation>The size “%1” is not WIDTHxHEIGHT, for example 1600x900.</translation>
    </message>
    <message>
        <source>The resolution “%1” is not a whole number.</source>
        <translation>The resolution “%1” is not a whole number.</translation>
    </message>
    <message>
        <source>Cannot write to the folder “%1”.</source>
        <translation>Cannot write to the folder “%1”.</translation>
    </message>
    <message>
        <source>“%1” already exists: use --force to replace it.</source>
        <translation>“%1” already exists: use --force to replace it.</translation>
    </message>
    <message>
        <source>Formats, separated by commas: png, jpg, pdf, svg, csv.</source>
        <translation>Formats, separated by commas: png, jpg, pdf, svg, csv.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use png, jpg, pdf, svg or csv.</source>
        <translation>Unknown format “%1”: use png, jpg, pdf, svg or csv.</translation>
    </message>
    <message>
        <source>No language given: use fr, en or both.</source>
        <translation>No language given: use fr, en or both.</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <source>The map&apos;s treaty layer: none, budapest (the Budapest Convention&apos;s Parties), protocol (its Second Protocol) or un (the UN Convention&apos;s signatories).</source>
        <translation>The map&apos;s treaty layer: none, budapest (the Budapest Convention&apos;s Parties), protocol (its Second Protocol) or un (the UN Convention&apos;s signatories).</translation>
    </message>
    <message>
        <source>Unknown layer “%1”: use none, budapest, protocol or un.</source>
        <translation>Unknown layer “%1”: use none, budapest, protocol or un.</translation>
    </message>
    <message>
        <source>Charts to export, separated by commas, or “all” (with your figures&apos; chart when you have imported some). Charts: %1.</source>
        <translation>Charts to export, separated by commas, or “all” (with your figures&apos; chart when you have imported some). Charts: %1.</translation>
    </message>
    <message>
        <source>You have no figures of your own to chart: import some first (vigie import FILE).</source>
        <translation>You have no figures of your own to chart: import some first (vigie import FILE).</translation>
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
    <message>
        <source>Pixels, or millimetres at the chosen resolution</source>
        <translation>Pixels, or millimetres at the chosen resolution</translation>
    </message>
    <message>
        <source>CSV table of the numbers</source>
        <translation>CSV table of the numbers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportLimits</name>
    <message>
        <source>The resolution %1 DPI is not valid: it must be between %2 and %3.</source>
        <translation>The resolution %1 DPI is not valid: it must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 DPI (%4 × %5 mm)</source>
        <translation>%1 × %2 pixels at %3 DPI (%4 × %5 mm)</translation>
    </message>
    <message>
        <source>Cannot export at %1: Vigie lays a chart or the map out readably from %2 × %3 mm, with sides at most %4 times as long as each other, up to %5 megapixels. The nearest size it accepts is %6 × %7 pixels.</source>
        <translation>Cannot export at %1: Vigie lays a chart or the map out readably from %2 × %3 mm, with sides at most %4 times as long as each other, up to %5 megapixels. The nearest size it accepts is %6 × %7 pixels.</translation>
    </message>
</context>
<context>
    <name>Vigie::FigureCsv</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1).</source>
        <translation>the file is not valid CSV (%1).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as UTF-8 and import it again.</source>
        <translation>the file is not UTF-8 text: save it as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>this line does not have %1 fields, like the header.</source>
        <translation>this line does not have %1 fields, like the header.</translation>
    </message>
    <message>
        <source>the file has a header but no figure.</source>
        <translation>the file has a header but no figure.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>a field is longer than %1 characters.</translation>
    </message>
    <message>
        <source>the key “%1” must be letters, digits, dots, dashes or underscores.</source>
        <translation>the key “%1” must be letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in the file.</source>
        <translation>the key “%1” appears twice in the file.</translation>
    </message>
    <message>
        <source>the key “%1” is already in use.</source>
        <translation>the key “%1” is already in use.</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>the value is empty.</translation>
    </message>
    <message>
        <source>the unit is empty.</source>
        <translation>the unit is empty.</translation>
    </message>
    <message>
        <source>“%1” is not a number (a dot for decimals, no spaces).</source>
        <translation>“%1” is not a number (a dot for decimals, no spaces).</translation>
    </message>
    <message>
        <source>the period “%1” is not a year, month or date (2023, 2023-11, 2023-11-08 or 2019-2023).</source>
        <translation>the period “%1” is not a year, month or date (2023, 2023-11, 2023-11-08 or 2019-2023).</translation>
    </message>
    <message>
        <source>the figure needs a label, in English or French.</source>
        <translation>the figure needs a label, in English or French.</translation>
    </message>
    <message>
        <source>the confidence must be high, medium or low.</source>
        <translation>the confidence must be high, medium or low.</translation>
    </message>
    <message>
        <source>a low-confidence figure needs a note that says why.</source>
        <translation>a low-confidence figure needs a note that says why.</translation>
    </message>
    <message>
        <source>the source&apos;s publisher and title are required.</source>
        <translation>the source&apos;s publisher and title are required.</translation>
    </message>
    <message>
        <source>the source address must start with http:// or https://.</source>
        <translation>the source address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>the quote is empty: copy the source&apos;s own words.</source>
        <translation>the quote is empty: copy the source&apos;s own words.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>The database is busy or read-only: %1</translation>
    </message>
    <message>
        <source>the database refused it: %1</source>
        <translation>the database refused it: %1</translation>
    </message>
    <message>
        <source>The import was not saved: %1</source>
        <translation>The import was not saved: %1</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1). Nothing was imported; try again once it has finished.</source>
        <translation>The database is in use by another program (%1). Nothing was imported; try again once it has finished.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be read: %1</source>
        <translation>The database is busy or cannot be read: %1</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>The database refused the import: %1</translation>
    </message>
    <message>
        <source>“%1” is too large to be kept exactly: a figure lies within ±9,007,199,254,740,992.</source>
        <translation>“%1” is too large to be kept exactly: a figure lies within ±9,007,199,254,740,992.</translation>
    </message>
    <message>
        <source>“%1” has more than 15 significant digits, more than Vigie can keep exactly.</source>
        <translation>“%1” has more than 15 significant digits, more than Vigie can keep exactly.</translation>
    </message>
    <message>
        <source>the origin must be “yours” or “vigie”.</source>
        <translation>the origin must be “yours” or “vigie”.</translation>
    </message>
    <message>
        <source>The file holds only Vigie&apos;s own figures, which Vigie has already: nothing to import.</source>
        <translation>The file holds only Vigie&apos;s own figures, which Vigie has already: nothing to import.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only (its file or its folder may not be written): nothing was imported.</source>
        <translation>The database “%1” is read-only (its file or its folder may not be written): nothing was imported.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a folder, a pipe or a device): choose a CSV file.</source>
        <translation>“%1” is not a regular file (a folder, a pipe or a device): choose a CSV file.</translation>
    </message>
    <message>
        <source>this line is longer than %1 MiB: the file is not a table of figures.</source>
        <translation>this line is longer than %1 MiB: the file is not a table of figures.</translation>
    </message>
    <message>
        <source>the file could not be read to its end (%1).</source>
        <translation>the file could not be read to its end (%1).</translation>
    </message>
    <message>
        <source>the header must be: %1, optionally followed by %2 and by %3</source>
        <translation>the header must be: %1, optionally followed by %2 and by %3</translation>
    </message>
    <message>
        <source>the topic “%1” is named otherwise on line %2: a topic has one name in each language.</source>
        <translation>the topic “%1” is named otherwise on line %2: a topic has one name in each language.</translation>
    </message>
</context>
<context>
    <name>Vigie::FigureOrder</name>
    <message>
        <source>Your figures could not be read: the list shows Vigie&apos;s own.</source>
        <translation>Your figures could not be read: the list shows Vigie&apos;s own.</translation>
    </message>
    <message>
        <source>The figures could not be listed: %1</source>
        <translation>The figures could not be listed: %1</translation>
    </message>
    <message>
        <source>The figures could not be listed.</source>
        <translation>The figures could not be listed.</translation>
    </message>
</context>
<context>
    <name>Vigie::GuideDialog</name>
    <message>
        <source>Vigie Guide</source>
        <translation>Vigie Guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>Vigie::ImageWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2 × %3 pixels at %4 DPI is not a size to export.</source>
        <translation>Cannot write “%1”: %2 × %3 pixels at %4 DPI is not a size to export.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a picture has no table of numbers to save as CSV.</source>
        <translation>Cannot write “%1”: a picture has no table of numbers to save as CSV.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a symbolic link, and Vigie does not write through links.</source>
        <translation>Cannot write “%1”: it is a symbolic link, and Vigie does not write through links.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is not a regular file.</source>
        <translation>Cannot write “%1”: it is not a regular file.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the typeface Vigie draws its text with is missing from this build, so every letter would be an empty box.</source>
        <translation>Cannot write “%1”: the typeface Vigie draws its text with is missing from this build, so every letter would be an empty box.</translation>
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
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copy &amp;Citation</translation>
    </message>
    <message>
        <source>Copy Citation of “%1”</source>
        <translation>Copy Citation of “%1”</translation>
    </message>
    <message>
        <source>Show in Sources</source>
        <translation>Show in Sources</translation>
    </message>
    <message>
        <source>Enter shows it on the Sources page</source>
        <translation>Enter shows it on the Sources page</translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
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
        <source>%Ln sourced figure(s)</source>
        <translation>
            <numerusform>%Ln sourced figure</numerusform>
            <numerusform>%Ln sourced figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · dataset %2</source>
        <translation>%1 · dataset %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Follow the Desktop</source>
        <translation>&amp;Follow the Desktop</translation>
    </message>
    <message>
        <source>Light or dark as the desktop&apos;s appearance setting says</source>
        <translation>Light or dark as the desktop&apos;s appearance setting says</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>&amp;Find in Page</translation>
    </message>
    <message>
        <source>Go to the current page&apos;s search field</source>
        <translation>Go to the current page&apos;s search field</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Search Everything…</translation>
    </message>
    <message>
        <source>Search figures, sources, the statement, the centres, the events and your own figures at once</source>
        <translation>Search figures, sources, the statement, the centres, the events and your own figures at once</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>How to use Vigie, with its keyboard shortcuts</source>
        <translation>How to use Vigie, with its keyboard shortcuts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your own</source>
        <translation>
            <numerusform>%Ln of your own</numerusform>
            <numerusform>%Ln of your own</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: marked on the timeline</source>
        <translation>%1, %2: marked on the timeline</translation>
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
        <source>Drag or use the arrow keys to pan; the wheel, + and − or a pinch zoom; Home goes back to Europe and Africa, 0 shows the whole world; L folds or opens the legend. Tab reaches the centres&apos; markers.</source>
        <translation>Drag or use the arrow keys to pan; the wheel, + and − or a pinch zoom; Home goes back to Europe and Africa, 0 shows the whole world; L folds or opens the legend. Tab reaches the centres&apos; markers.</translation>
    </message>
    <message>
        <source>Click or press L to fold the legend</source>
        <translation>Click or press L to fold the legend</translation>
    </message>
    <message>
        <source>Click or press L to open the legend</source>
        <translation>Click or press L to open the legend</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copy &amp;Citation</translation>
    </message>
    <message>
        <source>Copy &amp;Citation: %1</source>
        <translation>Copy &amp;Citation: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::MapExporter</name>
    <message>
        <source>The map has no table of numbers to export as CSV.</source>
        <translation>The map has no table of numbers to export as CSV.</translation>
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
        <source>The centres and their details are still listed beside the map.</source>
        <translation>The centres and their details are still listed beside the map.</translation>
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
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Ratified or acceded: %1</source>
        <translation>Ratified or acceded: %1</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>In force: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Budapest Convention&apos;s Second Protocol</source>
        <translation>Budapest Convention&apos;s Second Protocol</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
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
    <message>
        <source>Recorded offences</source>
        <translation>Recorded offences</translation>
    </message>
    <message>
        <source>All charts</source>
        <translation>All charts</translation>
    </message>
    <message>
        <source>Open the Charts page at this chart</source>
        <translation>Open the Charts page at this chart</translation>
    </message>
    <message>
        <source>Treaty progress</source>
        <translation>Treaty progress</translation>
    </message>
    <message>
        <source>Open in Charts</source>
        <translation>Open in Charts</translation>
    </message>
    <message>
        <source>Open the Charts page at the Budapest Convention&apos;s parties</source>
        <translation>Open the Charts page at the Budapest Convention&apos;s parties</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Capacity centres</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Open the map</translation>
    </message>
    <message>
        <source>Open the map of the centres that France backs</source>
        <translation>Open the map of the centres that France backs</translation>
    </message>
</context>
<context>
    <name>Vigie::Page</name>
    <message>
        <source>This page has nothing to export.</source>
        <translation>This page has nothing to export.</translation>
    </message>
</context>
<context>
    <name>Vigie::PolicyPage</name>
    <message>
        <source>France&apos;s international action against cybercrime</source>
        <translation>France&apos;s international action against cybercrime</translation>
    </message>
    <message>
        <source>Statement of the French Ministry for Europe and Foreign Affairs (France Diplomatie), French original and official English version, as published, typos included. Underlined words lead to the data.</source>
        <translation>Statement of the French Ministry for Europe and Foreign Affairs (France Diplomatie), French original and official English version, as published, typos included. Underlined words lead to the data.</translation>
    </message>
    <message>
        <source>Search the text (Ctrl+F)</source>
        <translation>Search the text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the text</source>
        <translation>Search the text</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Show the French and English texts side by side, paragraph by paragraph</source>
        <translation>Show the French and English texts side by side, paragraph by paragraph</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Copy the whole text to the clipboard</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>Vigie::PolicyText</name>
    <message>
        <source>policy:paragraph-1</source>
        <translation>France plays a key role internationally in addressing the growing concern of cyber crime. Cyber crime has serious consequences on both people and businesses. In its 2024 cyber crime report, the Ministry of the Interior&apos;s cyber crime command identified [[figure:offences.total.2023|278,770]] cases in 2023, a rise of [[figure:offences.growth_5y.2023|40%]] in five years. As the cyber crime ecosystem develops, challenges multiply, making it a leading threat. In its 2023 Cyber Threat Overview, the French National Cyber Security Agency ([[topic:anssi|ANSSI]]) said the cyber crime ecosystem was one of the three main threats, both at a systemic level nationally and more specifically to France&apos;s most critical information systems.</translation>
    </message>
    <message>
        <source>policy:paragraph-2</source>
        <translation>Crime can increasingly undermine the vital functions of our societies, such as when [[topic:hospitals|a hospital is attacked with ransomware]]. Moreover, a tacit cohabitation between certain States and cyber crime groups raises the possibility of coordination between them for destabilization purposes, or even state use of cyber crime revenue to finance other destabilization activities. Cyber crime has thus become a threat to national security, and therefore an international security issue that requires concerted responses. As such, at the United Nations Security Council&apos;s [[topic:unsc|8 November 2024]] meeting on ransomware, France said it was prepared to work to improve the treatment of cyber issues in the work of the Security Council&apos;s subsidiary bodies.</translation>
    </message>
    <message>
        <source>policy:paragraph-3</source>
        <translation>To curb this phenomenon, France and the European Union have organized and developed cross-cutting policies to prevent and suppress cyber crime, strengthening the arsenal of the police and justice system and coordinating European efforts. In this context, international cooperation is key, as criminal infrastructures themselves operate internationally.</translation>
    </message>
    <message>
        <source>policy:paragraph-4</source>
        <translation>The international legal framework is central to facilitating criminal law enforcement cooperation between States. It is based on the 2001 Council of Europe Convention on Cyber Crime (or [[topic:budapest|Budapest Convention]]). In late 2024, the United Nations also established [[topic:uncc|a new Convention against Cybercrime]]. This new instrument is a useful tool to help States fight cyber crime, strengthening national legislative arsenals and international cooperation. A balance was struck during the negotiations between new means of action opened up by the Convention and the essential procedural and human rights safeguards they require. For the implementation of this new instrument, France will be particularly vigilant to ensure there is no abuse of this Convention by authoritarian governments. These instruments help facilitate the work of investigators and improve the effectiveness of international cooperation.</translation>
    </message>
    <message>
        <source>policy:paragraph-5</source>
        <translation>The United Nations has gradually recognized that capacity building is central to implementing international regulatory frameworks, and France is contributing to enhancing global cyber resilience through structural cooperation on cyber issues. Its approach is based in part on the deployment of international technical experts and the development of regional centres, with the aim of involving beneficiary States in their governance. For example, France has contributed to the National Cyber Academy in [[map:envr|Dakar]], which aims to have a regional reach, since 2021, as well as to the Western Balkans Cyber Capacity Centre (WB3C), based in [[map:wb3c|Podgorica]], since 2023.</translation>
    </message>
    <message>
        <source>policy:paragraph-6</source>
        <translation>France is determined to work hand in hand with its international partners, the private sector and civil society to fight the scourge of cyber crime, which is a threat to the foundations of our economies and democratic societies and to international peace and security. France will therefore continue to promote the development of an effective international cooperation framework that protects privacy and fundamental freedoms.</translation>
    </message>
</context>
<context>
    <name>Vigie::PolicyTextView</name>
    <message>
        <source>Policy statement</source>
        <translation>Policy statement</translation>
    </message>
</context>
<context>
    <name>Vigie::SchemaCheck</name>
    <message>
        <source>schema version %1 is not one of Vigie&apos;s (1 to %2)</source>
        <translation>schema version %1 is not one of Vigie&apos;s (1 to %2)</translation>
    </message>
    <message>
        <source>the table “%1” is not defined as Vigie defines it</source>
        <translation>the table “%1” is not defined as Vigie defines it</translation>
    </message>
    <message>
        <source>it holds a trigger “%1”, which Vigie never makes</source>
        <translation>it holds a trigger “%1”, which Vigie never makes</translation>
    </message>
    <message>
        <source>it holds a view “%1”, which Vigie never makes</source>
        <translation>it holds a view “%1”, which Vigie never makes</translation>
    </message>
    <message>
        <source>it holds “%1”, which is not Vigie&apos;s</source>
        <translation>it holds “%1”, which is not Vigie&apos;s</translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation>the table “%1” is missing</translation>
    </message>
</context>
<context>
    <name>Vigie::SearchDialog</name>
    <message>
        <source>Figures, sources, the statement, the centres, the events and your own figures, without case or accents. ↑ and ↓ choose, Enter opens.</source>
        <translation>Figures, sources, the statement, the centres, the events and your own figures, without case or accents. ↑ and ↓ choose, Enter opens.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) found. ↑ and ↓ choose, Enter opens.</source>
        <translation>
            <numerusform>%Ln place found. ↑ and ↓ choose, Enter opens.</numerusform>
            <numerusform>%Ln places found. ↑ and ↓ choose, Enter opens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Everything</source>
        <translation>Search Everything</translation>
    </message>
    <message>
        <source>Search figures, sources, the statement, centres, events…</source>
        <translation>Search figures, sources, the statement, centres, events…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Places found</translation>
    </message>
</context>
<context>
    <name>Vigie::SearchResultsModel</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Your figures</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Capacity centres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Vigie::SourcesModel</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>%1 (your data)</source>
        <translation>%1 (your data)</translation>
    </message>
    <message>
        <source>%1 (weak source)</source>
        <translation>%1 (weak source)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Your data: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a figure to read its source.</source>
        <translation>Select a figure to read its source.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>The source&apos;s own words:</source>
        <translation>The source&apos;s own words:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Every figure and its source</source>
        <translation>Every figure and its source</translation>
    </message>
    <message>
        <source>Filter by words: figure, publisher, quote…</source>
        <translation>Filter by words: figure, publisher, quote…</translation>
    </message>
    <message>
        <source>Filter the figures</source>
        <translation>Filter the figures</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Figures and their sources</source>
        <translation>Figures and their sources</translation>
    </message>
    <message>
        <source>&amp;Open the source in the browser</source>
        <translation>&amp;Open the source in the browser</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copy &amp;Citation</translation>
    </message>
    <message>
        <source>Weak source: a forum, a content farm, a machine translation, an automated site or a personal blog. Check it before citing it.</source>
        <translation>Weak source: a forum, a content farm, a machine translation, an automated site or a personal blog. Check it before citing it.</translation>
    </message>
    <message>
        <source>Read on %1.</source>
        <translation>Read on %1.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>Figure details</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s), %1 of them yours</source>
        <translation>
            <numerusform>%Ln figure, %1 of them yours</numerusform>
            <numerusform>%Ln figures, %1 of them yours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only &amp;yours</source>
        <translation>Only &amp;yours</translation>
    </message>
    <message>
        <source>List only the figures you imported</source>
        <translation>List only the figures you imported</translation>
    </message>
    <message>
        <source>yours</source>
        <comment>the badge of a figure the user imported</comment>
        <translation>yours</translation>
    </message>
</context>
<context>
    <name>Vigie::ThreatDatabase</name>
    <message>
        <source>it is not a Vigie database: %1</source>
        <translation>it is not a Vigie database: %1</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>row %1 of “%2” refers to a missing “%3”</source>
        <translation>row %1 of “%2” refers to a missing “%3”</translation>
    </message>
</context>
<context>
    <name>Vigie::TopicNames</name>
    <message>
        <source>Digital offences</source>
        <translation>Digital offences</translation>
    </message>
    <message>
        <source>ANSSI overview</source>
        <translation>ANSSI overview</translation>
    </message>
    <message>
        <source>Cybermalveillance.gouv.fr</source>
        <translation>Cybermalveillance.gouv.fr</translation>
    </message>
    <message>
        <source>Budapest Convention</source>
        <translation>Budapest Convention</translation>
    </message>
    <message>
        <source>UN Convention against Cybercrime</source>
        <translation>UN Convention against Cybercrime</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Capacity centres</translation>
    </message>
    <message>
        <source>UN Security Council, 8 November 2024</source>
        <translation>UN Security Council, 8 November 2024</translation>
    </message>
    <message>
        <source>Hospitals attacked</source>
        <translation>Hospitals attacked</translation>
    </message>
    <message>
        <source>Other national figures</source>
        <translation>Other national figures</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
</context>
<context>
    <name>Vigie::TreatyTable</name>
    <message>
        <source>Party: in force</source>
        <translation>Party: in force</translation>
    </message>
    <message>
        <source>Ratified or acceded, not yet in force</source>
        <translation>Ratified or acceded, not yet in force</translation>
    </message>
    <message>
        <source>Signed, not ratified</source>
        <translation>Signed, not ratified</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Budapest Convention</source>
        <translation>Budapest Convention</translation>
    </message>
    <message>
        <source>Second Additional Protocol</source>
        <translation>Second Additional Protocol</translation>
    </message>
    <message>
        <source>UN Convention against Cybercrime</source>
        <translation>UN Convention against Cybercrime</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: status as of %2</translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation>%1: signature</translation>
    </message>
    <message>
        <source>%1: ratification or accession</source>
        <translation>%1: ratification or accession</translation>
    </message>
    <message>
        <source>%1: entry into force</source>
        <translation>%1: entry into force</translation>
    </message>
    <message>
        <source>%1: source</source>
        <translation>%1: source</translation>
    </message>
</context>
<context>
    <name>Vigie::UserData</name>
    <message>
        <source>Your database “%1” is damaged (%2). It was kept as “%3”, and Vigie starts on its own data.</source>
        <translation>Your database “%1” is damaged (%2). It was kept as “%3”, and Vigie starts on its own data.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>You have no data of your own yet (there is no user database at “%1”): import some first.</source>
        <translation>You have no data of your own yet (there is no user database at “%1”): import some first.</translation>
    </message>
    <message>
        <source>Your database “%1” is in use by another program.</source>
        <translation>Your database “%1” is in use by another program.</translation>
    </message>
    <message>
        <source>Vigie starts without your figures and leaves the file as it is: restart Vigie once the other program has finished.</source>
        <translation>Vigie starts without your figures and leaves the file as it is: restart Vigie once the other program has finished.</translation>
    </message>
    <message>
        <source>Your database “%1” cannot be opened (%2).</source>
        <translation>Your database “%1” cannot be opened (%2).</translation>
    </message>
    <message>
        <source>Vigie starts without your figures and leaves the file as it is.</source>
        <translation>Vigie starts without your figures and leaves the file as it is.</translation>
    </message>
    <message>
        <source>Your database “%1” is damaged (%2).</source>
        <translation>Your database “%1” is damaged (%2).</translation>
    </message>
    <message>
        <source>It could not be moved aside: Vigie starts without your figures.</source>
        <translation>It could not be moved aside: Vigie starts without your figures.</translation>
    </message>
    <message>
        <source>You have no figures of your own to export yet: import some first, or export all figures.</source>
        <translation>You have no figures of your own to export yet: import some first, or export all figures.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Vigie database</source>
        <translation>the file is empty, so it is not a Vigie database</translation>
    </message>
    <message>
        <source>it has the journal of an interrupted write, and no private copy could be made to read it</source>
        <translation>it has the journal of an interrupted write, and no private copy could be made to read it</translation>
    </message>
    <message>
        <source>Cannot read your figures from “%1”: nothing was written.</source>
        <translation>Cannot read your figures from “%1”: nothing was written.</translation>
    </message>
    <message>
        <source>Your database “%1” is being checked; try again in a moment.</source>
        <translation>Your database “%1” is being checked; try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot read Vigie&apos;s own figures: nothing was written.</source>
        <translation>Cannot read Vigie&apos;s own figures: nothing was written.</translation>
    </message>
    <message>
        <source>You have no figures of your own to remove.</source>
        <translation>You have no figures of your own to remove.</translation>
    </message>
    <message>
        <source>Your figures are being removed from “%1”; try again in a moment.</source>
        <translation>Your figures are being removed from “%1”; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Vigie::UserDatabase</name>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Cannot create the folder of “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a database Vigie can read.</source>
        <translation>“%1” is not a database Vigie can read.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Vigie (schema %2; this one knows %3).</source>
        <translation>“%1” was made by a newer Vigie (schema %2; this one knows %3).</translation>
    </message>
    <message>
        <source>Cannot update “%1”: %2</source>
        <translation>Cannot update “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is in use by another program (%2). Try again once it has finished.</source>
        <translation>“%1” is in use by another program (%2). Try again once it has finished.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is not a regular file.</source>
        <translation>Cannot write “%1”: it is not a regular file.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” onto itself: choose another file.</source>
        <translation>Cannot back up “%1” onto itself: choose another file.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>The backup failed its integrity check, so “%1” was not written: %2</source>
        <translation>The backup failed its integrity check, so “%1” was not written: %2</translation>
    </message>
    <message>
        <source>“%1” belongs to another program: it is not a Vigie database, and Vigie leaves it as it is.</source>
        <translation>“%1” belongs to another program: it is not a Vigie database, and Vigie leaves it as it is.</translation>
    </message>
    <message>
        <source>“%1” is not a Vigie database as Vigie made it (%2), and Vigie leaves it as it is.</source>
        <translation>“%1” is not a Vigie database as Vigie made it (%2), and Vigie leaves it as it is.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>Cannot back up to “%1”: SQLite uses names ending in %2 for its own files. Choose another name.</source>
        <translation>Cannot back up to “%1”: SQLite uses names ending in %2 for its own files. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a database.</source>
        <translation>“%1” is not a regular file, so it cannot be a database.</translation>
    </message>
    <message>
        <source>There is no user database at “%1”.</source>
        <translation>There is no user database at “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>the integrity check took longer than two minutes</source>
        <translation>the integrity check took longer than two minutes</translation>
    </message>
    <message>
        <source>Your database is in use by another program (%1). Nothing was removed; try again once it has finished.</source>
        <translation>Your database is in use by another program (%1). Nothing was removed; try again once it has finished.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Nothing was removed: %1</translation>
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
