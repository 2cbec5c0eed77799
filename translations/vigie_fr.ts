<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Vigie::Application</name>
    <message>
        <source>No display found: the window needs a graphical session. See vigie --help for what runs without one.</source>
        <translation>Aucun écran trouvé&#xa0;: la fenêtre a besoin d&apos;une session graphique. Voir vigie --help pour ce qui fonctionne sans écran.</translation>
    </message>
    <message>
        <source>Vigie cannot start</source>
        <translation>Vigie ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The embedded threat database cannot be opened: %1</source>
        <translation>La base de données intégrée ne peut pas être ouverte&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partner states</source>
        <translation>États partenaires</translation>
    </message>
    <message>
        <source>Countries served</source>
        <translation>Pays bénéficiaires</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>fiabilité faible</translation>
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
        <translation>Les tirets marquent les ruptures de série&#xa0;: les valeurs de part et d&apos;autre d&apos;une rupture ne sont pas comparables.</translation>
    </message>
    <message>
        <source>Hollow points are provisional.</source>
        <translation>Les points creux sont provisoires.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 in %2 to %3 in %4, with %n series break(s): values on either side of a break are not comparable.</source>
        <translation>
            <numerusform>De %1 en %2 à %3 en %4, avec %n rupture de série&#xa0;: les valeurs de part et d&apos;autre d&apos;une rupture ne sont pas comparables.</numerusform>
            <numerusform>De %1 en %2 à %3 en %4, avec %n ruptures de série&#xa0;: les valeurs de part et d&apos;autre d&apos;une rupture ne sont pas comparables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digital offences recorded in France</source>
        <translation>Atteintes numériques enregistrées en France</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Recorded offences</source>
        <translation>Atteintes enregistrées</translation>
    </message>
    <message>
        <source>Digital offences recorded in 2023</source>
        <translation>Atteintes numériques enregistrées en 2023</translation>
    </message>
    <message>
        <source>%1 in five years</source>
        <translation>%1 en cinq ans</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartExporter</name>
    <message>
        <source>The size %1 × %2 is not valid: each side must be between %3 and %4 pixels.</source>
        <translation>La taille %1 × %2 n&apos;est pas valide&#xa0;: chaque côté doit mesurer entre %3 et %4 pixels.</translation>
    </message>
    <message>
        <source>The resolution %1 DPI is not valid: it must be between %2 and %3.</source>
        <translation>La résolution de %1 PPP n&apos;est pas valide&#xa0;: elle doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartRenderer</name>
    <message>
        <source>%1 — Source: %2 — data: %3</source>
        <translation>%1 — Source&#xa0;: %2 — données&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — Sources: %2 — data: %3</source>
        <translation>%1 — Sources&#xa0;: %2 — données&#xa0;: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Series break</source>
        <translation>Rupture de série</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartTableModel</name>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table (Ctrl+T)</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole chart again after zooming or panning</source>
        <translation>Afficher à nouveau tout le graphique après un zoom ou un déplacement</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this chart as an image or a document</source>
        <translation>Enregistrer ce graphique comme image ou document</translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation>Chiffre provisoire</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Series break</source>
        <translation>Rupture de série</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
</context>
<context>
    <name>Vigie::CommandLine</name>
    <message>
        <source>Vigie: a dashboard of the cyber-threat landscape, with every figure sourced.</source>
        <translation>Vigie&#xa0;: un tableau de bord de la cybermenace, où chaque chiffre a sa source.</translation>
    </message>
    <message>
        <source>Interface language for this run: fr or en.</source>
        <translation>Langue de l&apos;interface pour cette exécution&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See vigie --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Voir vigie --help.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>A command to run without the window (see below).</source>
        <translation>Une commande à exécuter sans la fenêtre (voir ci-dessous).</translation>
    </message>
    <message>
        <source>[command [options]]</source>
        <translation>[commande [options]]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run “vigie COMMAND --help” for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;vigie COMMANDE --help&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <source>&amp;As on screen (%1 × %2 px)</source>
        <translation>&amp;Comme à l&apos;écran (%1 × %2 px)</translation>
    </message>
    <message>
        <source>&amp;Custom size:</source>
        <translation>&amp;Taille personnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Hauteur</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> PPP</translation>
    </message>
    <message>
        <source>Dots per inch written in the file: 96 for screens, 300 for print.</source>
        <translation>Points par pouce inscrits dans le fichier&#xa0;: 96 pour l&apos;écran, 300 pour l&apos;impression.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Celle de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>Couleurs &amp;sombres</translation>
    </message>
</context>
<context>
    <name>Vigie::KpiCard</name>
    <message>
        <source>high confidence: read in the publisher&apos;s own record</source>
        <translation>confiance élevée&#xa0;: lu dans la publication officielle elle-même</translation>
    </message>
    <message>
        <source>medium confidence: read in a reputable secondary source</source>
        <translation>confiance moyenne&#xa0;: lu dans une source secondaire fiable</translation>
    </message>
    <message>
        <source>low confidence: derived, single unofficial source, or contradicted</source>
        <translation>confiance faible&#xa0;: déduit, source unique non officielle, ou contredit</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
    <message>
        <source>Vigie — Cyber-threat landscape</source>
        <translation>Vigie — Panorama de la cybermenace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the chart on this page as PNG, JPEG, PDF or SVG</source>
        <translation>Enregistrer le graphique de cette page en PNG, JPEG, PDF ou SVG</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Image</source>
        <translation>&amp;Copier l&apos;image du graphique</translation>
    </message>
    <message>
        <source>Copy the chart on this page to the clipboard as an image</source>
        <translation>Copier le graphique de cette page dans le presse-papiers, comme image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Switch Language</source>
        <translation>&amp;Changer de langue</translation>
    </message>
    <message>
        <source>Switch between French and English</source>
        <translation>Passer du français à l&apos;anglais et inversement</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>%n sourced figure(s)</source>
        <translation>
            <numerusform>%n chiffre sourcé</numerusform>
            <numerusform>%n chiffres sourcés</numerusform>
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
        <translation>Cette page n&apos;a pas de graphique à exporter.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>Graphique exporté dans %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Graphique copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;A dashboard of the cyber-threat landscape: France&apos;s figures on cybercrime, each with its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.&lt;/p&gt;&lt;p&gt;Data: COMCYBER-MI, SSMSI (Ministère de l&apos;Intérieur) and the other publishers named with each figure.&lt;/p&gt;&lt;p&gt;Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord de la cybermenace&#xa0;: les chiffres de la France sur la cybercriminalité, chacun avec sa source.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Graphiques tracés avec QCustomPlot (GPL-3.0). Construit avec Qt %2.&lt;/p&gt;&lt;p&gt;Données&#xa0;: COMCYBER-MI, SSMSI (ministère de l&apos;Intérieur) et les autres éditeurs cités avec chaque chiffre.&lt;/p&gt;&lt;p&gt;Carte&#xa0;: Made with Natural Earth (domaine public). Noms des pays issus de world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Vigie::MapCanvas</name>
    <message>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <source>%1, capacity centre (%2)</source>
        <translation>%1, centre de renforcement des capacités (%2)</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to pan; the wheel or + and − zoom; Home goes back to Europe and Africa, 0 shows the whole world. Tab reaches the centres&apos; markers.</source>
        <translation>Faites glisser ou utilisez les flèches pour vous déplacer&#xa0;; la molette ou + et − zooment&#xa0;; Origine revient à l&apos;Europe et à l&apos;Afrique, 0 affiche le monde entier. Tab atteint les repères des centres.</translation>
    </message>
</context>
<context>
    <name>Vigie::MapExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::MapPage</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Capacity centres backed by France</source>
        <translation>Centres de renforcement des capacités soutenus par la France</translation>
    </message>
    <message>
        <source>The capacity centres (ENVR in Dakar, WB3C in Podgorica) are not in this version&apos;s database yet: the map shows the countries and the treaty layers only.</source>
        <translation>Les centres de renforcement des capacités (ENVR à Dakar, C3BO à Podgorica) ne figurent pas encore dans la base de données de cette version&#xa0;: la carte ne montre que les pays et les couches des conventions.</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>Vigie::MapRenderer</name>
    <message>
        <source>France (backs both centres)</source>
        <translation>France (soutient les deux centres)</translation>
    </message>
    <message>
        <source>Partner states of the centre</source>
        <translation>États partenaires du centre</translation>
    </message>
    <message>
        <source>States the centre serves</source>
        <translation>États bénéficiaires du centre</translation>
    </message>
    <message>
        <source>Capacity centres backed by France</source>
        <translation>Centres de renforcement des capacités soutenus par la France</translation>
    </message>
    <message>
        <source>Treaty status as of %1</source>
        <translation>État des conventions au %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Equal Earth projection</source>
        <translation>Projection Equal Earth</translation>
    </message>
    <message>
        <source>No layer</source>
        <translation>Aucune couche</translation>
    </message>
    <message>
        <source>Budapest Convention parties</source>
        <translation>Parties à la Convention de Budapest</translation>
    </message>
    <message>
        <source>UN Convention signatories</source>
        <translation>Signataires de la Convention des Nations unies</translation>
    </message>
    <message>
        <source>Party (ratified or acceded)</source>
        <translation>Partie (ratification ou adhésion)</translation>
    </message>
    <message>
        <source>Signed, not ratified</source>
        <translation>Signée, non ratifiée</translation>
    </message>
    <message>
        <source>Neither signed nor ratified</source>
        <translation>Ni signée ni ratifiée</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>Vigie::MapView</name>
    <message>
        <source>Select a centre on the map or in the list to read its record.</source>
        <translation>Choisissez un centre sur la carte ou dans la liste pour lire sa fiche.</translation>
    </message>
    <message>
        <source>France is highlighted, and so are the selected centre&apos;s partner states and the states it serves.</source>
        <translation>La France est mise en évidence, ainsi que les États partenaires du centre choisi et les États qu&apos;il sert.</translation>
    </message>
    <message>
        <source>No treaty data in this version yet.</source>
        <translation>Pas encore de données sur les conventions dans cette version.</translation>
    </message>
    <message>
        <source>Status as of %1.</source>
        <translation>État au %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this map as an image or a document</source>
        <translation>Enregistrer cette carte comme image ou document</translation>
    </message>
    <message>
        <source>&amp;Capacity centres</source>
        <translation>&amp;Centres de renforcement des capacités</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Centres de renforcement des capacités</translation>
    </message>
    <message>
        <source>Centre details</source>
        <translation>Fiche du centre</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Map layer</source>
        <translation>Couche de la carte</translation>
    </message>
    <message>
        <source>Back to Europe and Africa, where the centres are (Home)</source>
        <translation>Revenir à l&apos;Europe et à l&apos;Afrique, où sont les centres (Origine)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Afficher le monde entier (0)</translation>
    </message>
</context>
<context>
    <name>Vigie::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Cybercrime in France: the headline figures</source>
        <translation>La cybercriminalité en France&#xa0;: les chiffres clés</translation>
    </message>
</context>
<context>
    <name>Vigie::PlaceholderPage</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>The full set of charts (offences by category, ransomware, conventions, timeline) is not in this version yet.</source>
        <translation>L&apos;ensemble des graphiques (atteintes par catégorie, rançongiciels, conventions, chronologie) n&apos;est pas encore dans cette version.</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Texte de politique</translation>
    </message>
    <message>
        <source>The French foreign ministry&apos;s statement on fighting cybercrime is not in this version yet.</source>
        <translation>La déclaration du ministère des Affaires étrangères sur la lutte contre la cybercriminalité n&apos;est pas encore dans cette version.</translation>
    </message>
</context>
<context>
    <name>Vigie::WorldMap</name>
    <message>
        <source>The map outlines are missing from this build.</source>
        <translation>Les contours de la carte manquent dans cette version.</translation>
    </message>
    <message>
        <source>The map outlines cannot be read: %1</source>
        <translation>Les contours de la carte sont illisibles&#xa0;: %1</translation>
    </message>
</context>
</TS>
