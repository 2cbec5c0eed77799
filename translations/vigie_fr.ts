<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Vigie::AboutBox</name>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;A dashboard of the cyber-threat landscape: France&apos;s figures on cybercrime, each with its source.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.&lt;/p&gt;&lt;p&gt;Data: COMCYBER-MI, SSMSI (Ministère de l&apos;Intérieur) and the other publishers named with each figure.&lt;/p&gt;&lt;p&gt;Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;&lt;p&gt;Typeface: DejaVu Sans, embedded so that exports look the same on every machine. Bitstream Vera licence; Copyright © 2003 Bitstream, Inc.; DejaVu changes in the public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord de la cybermenace&#xa0;: les chiffres de la France sur la cybercriminalité, chacun avec sa source.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Graphiques tracés avec QCustomPlot (GPL-3.0). Construit avec Qt %2.&lt;/p&gt;&lt;p&gt;Données&#xa0;: COMCYBER-MI, SSMSI (ministère de l&apos;Intérieur) et les autres éditeurs cités avec chaque chiffre.&lt;/p&gt;&lt;p&gt;Carte&#xa0;: Made with Natural Earth (domaine public). Noms des pays issus de world-countries (Mohammed Le Doze), ODbL 1.0.&lt;/p&gt;&lt;p&gt;Police&#xa0;: DejaVu Sans, intégrée pour que les exports soient identiques sur toutes les machines. Licence Bitstream Vera&#xa0;; Copyright © 2003 Bitstream, Inc.&#xa0;; modifications DejaVu dans le domaine public.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dataset %1, figures checked against their sources as of %2.</source>
        <translation>Jeu de données %1, chiffres vérifiés auprès de leurs sources au %2.</translation>
    </message>
</context>
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
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
</context>
<context>
    <name>Vigie::BatchExport</name>
    <message>
        <source>Exporting charts…</source>
        <translation>Export des graphiques…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>Export de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>Tout exporter</translation>
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
    <name>Vigie::CentresMiniMap</name>
    <message>
        <source>Map of the capacity centres</source>
        <translation>Carte des centres de renforcement des capacités</translation>
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
    <message>
        <source>Property</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Digital-specific legislation</source>
        <translation>Législation propre au numérique</translation>
    </message>
    <message>
        <source>Digital offences by category, 2023</source>
        <translation>Atteintes numériques par catégorie, 2023</translation>
    </message>
    <message>
        <source>Offences against</source>
        <translation>Atteintes aux</translation>
    </message>
    <message>
        <source>The four categories add up to the %1 digital offences recorded in 2023 (SSMSI).</source>
        <translation>Les quatre catégories totalisent les %1 atteintes numériques enregistrées en 2023 (SSMSI).</translation>
    </message>
    <message>
        <source>The largest category is “%3”: %1 of the %2 digital offences of 2023.</source>
        <translation>La première catégorie est «&#xa0;%3&#xa0;»&#xa0;: %1 des %2 atteintes numériques de 2023.</translation>
    </message>
    <message>
        <source>Ransomware compromises handled by ANSSI</source>
        <translation>Compromissions par rançongiciel traitées par l&apos;ANSSI</translation>
    </message>
    <message>
        <source>Compromises</source>
        <translation>Compromissions</translation>
    </message>
    <message>
        <source>From %1 in %2 to %3 in %4; peak of %5 in %6.</source>
        <translation>De %1 en %2 à %3 en %4&#xa0;; pic de %5 en %6.</translation>
    </message>
    <message>
        <source>Parties to the Budapest Convention</source>
        <translation>Parties à la Convention de Budapest</translation>
    </message>
    <message>
        <source>States parties</source>
        <translation>États parties</translation>
    </message>
    <message>
        <source>Budapest Convention opened</source>
        <translation>Ouverture de la Convention de Budapest</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>UN Convention adopted</source>
        <translation>Adoption de la Convention des Nations unies</translation>
    </message>
    <message>
        <source>UN Convention signed in Hanoi</source>
        <translation>Signature de la Convention des Nations unies à Hanoï</translation>
    </message>
    <message>
        <source>Hospitals attacked</source>
        <translation>Hôpitaux attaqués</translation>
    </message>
    <message>
        <source>UN and treaties</source>
        <translation>ONU et traités</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Centres de renforcement des capacités</translation>
    </message>
    <message>
        <source>Timeline: attacks, diplomacy and capacity</source>
        <translation>Chronologie&#xa0;: attaques, diplomatie et renforcement des capacités</translation>
    </message>
    <message>
        <source>Hospital attacks as reported by the press; events known only to the month are placed mid-month.</source>
        <translation>Attaques d&apos;hôpitaux telles que rapportées par la presse&#xa0;; les événements connus au mois près sont placés au milieu du mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n événement daté, de %1 à %2.</numerusform>
            <numerusform>%n événements datés, de %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ransomware compromises handled by ANSSI, 2023</source>
        <translation>Compromissions par rançongiciel traitées par l&apos;ANSSI, 2023</translation>
    </message>
    <message>
        <source>%1 on 2022</source>
        <translation>%1 par rapport à 2022</translation>
    </message>
    <message>
        <source>Signatories of the UN Convention against Cybercrime</source>
        <translation>Signataires de la Convention des Nations unies contre la cybercriminalité</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Your figures by year</source>
        <translation>Vos chiffres par année</translation>
    </message>
    <message>
        <source>Sum of your counts</source>
        <translation>Somme de vos effectifs</translation>
    </message>
    <message>
        <source>Sums of the figures you imported with the unit “count”, by the year their period starts in; one line per topic.</source>
        <translation>Sommes des chiffres que vous avez importés avec l&apos;unité «&#xa0;count&#xa0;», par année de début de leur période&#xa0;; une ligne par thème.</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest of %1 topics are shown.</source>
        <translation>
            <numerusform>Le %n plus grand des %1 thèmes est affiché.</numerusform>
            <numerusform>Les %n plus grands des %1 thèmes sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your figures in %n topic(s); the largest, “%1”, sums to %2.</source>
        <translation>
            <numerusform>Vos chiffres en %n thème&#xa0;; le plus grand, «&#xa0;%1&#xa0;», totalise %2.</numerusform>
            <numerusform>Vos chiffres en %n thèmes&#xa0;; le plus grand, «&#xa0;%1&#xa0;», totalise %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties in force at the year end</source>
        <translation>Parties en vigueur en fin d&apos;année</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>Counted from each state&apos;s dates of entry into force (Council of Europe chart, depositary notifications, official gazettes). Hollow points: a year in which an entry into force is known only by its year. Dotted lines mark milestones.</source>
        <translation>Décompte établi à partir des dates d&apos;entrée en vigueur de chaque État (tableau du Conseil de l&apos;Europe, notifications du dépositaire, journaux officiels). Points creux&#xa0;: une année où une entrée en vigueur n&apos;est connue que par son année. Les pointillés marquent les jalons.</translation>
    </message>
    <message>
        <source>%1 Parties at the %2, %3 at the %4; the UN Convention against Cybercrime was adopted in December 2024.</source>
        <translation>%1&#xa0;Parties à %2, %3 à %4&#xa0;; la Convention des Nations unies contre la cybercriminalité a été adoptée en décembre 2024.</translation>
    </message>
    <message>
        <source>Parties in force</source>
        <translation>Parties en vigueur</translation>
    </message>
    <message>
        <source>Counts from ANSSI&apos;s yearly Panorama, as relayed by the press; 2024 and 2025 from the coverage of the Panorama 2025.</source>
        <translation>Nombres tirés du Panorama annuel de l&apos;ANSSI, tels que la presse les rapporte&#xa0;; 2024 et 2025 d&apos;après les articles sur le Panorama 2025.</translation>
    </message>
    <message>
        <source>Security incidents reported by health establishments</source>
        <translation>Incidents de sécurité signalés par les établissements de santé</translation>
    </message>
    <message>
        <source>Reported incidents</source>
        <translation>Incidents signalés</translation>
    </message>
    <message>
        <source>Incidents declared to the CERT Santé (ANS observatory). Who must declare, and what, changed over the years: compare years with care. Hollow: 2022 is a preliminary count.</source>
        <translation>Incidents déclarés au CERT Santé (observatoire de l&apos;ANS). Qui doit déclarer, et quoi, a changé au fil des années&#xa0;: comparez les années avec prudence. Point creux&#xa0;: 2022 est un chiffre provisoire.</translation>
    </message>
    <message>
        <source>* A caveat: the figure&apos;s note is in its tooltip, its table and the Sources page.</source>
        <translation>*&#xa0;: une réserve, dont la note figure dans l&apos;infobulle du chiffre, son tableau et la page Sources.</translation>
    </message>
    <message>
        <source>Trend, %1 to %2</source>
        <translation>Tendance, de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 figures added up here have low confidence.</source>
        <translation>
            <numerusform>%n des %1 chiffres additionnés ici est de confiance faible.</numerusform>
            <numerusform>%n des %1 chiffres additionnés ici sont de confiance faible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines marked “(right scale)” are read on the right-hand axis: their sums are much smaller.</source>
        <translation>Les courbes marquées «&#xa0;(échelle de droite)&#xa0;» se lisent sur l&apos;axe de droite&#xa0;: leurs sommes sont bien plus petites.</translation>
    </message>
    <message>
        <source>%1 (right scale)</source>
        <translation>%1 (échelle de droite)</translation>
    </message>
    <message>
        <source>Sum of your counts (right scale)</source>
        <translation>Somme de vos effectifs (échelle de droite)</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartPage</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>Cette page n&apos;a pas de graphique à exporter.</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartRenderer</name>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Series break</source>
        <translation>Rupture de série</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>%1 — Source: %2 — %3</source>
        <translation>%1 — Source&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — Sources: %2 — %3</source>
        <translation>%1 — Sources&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — Your data; source: %2 — data: %3</source>
        <translation>%1 — Vos données&#xa0;; source&#xa0;: %2 — données&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — Your data; sources: %2 — data: %3</source>
        <translation>%1 — Vos données&#xa0;; sources&#xa0;: %2 — données&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n other source(s), in the table</source>
        <translation>
            <numerusform>%n autre source, dans le tableau</numerusform>
            <numerusform>%n autres sources, dans le tableau</numerusform>
        </translation>
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
    <message>
        <source>%1 (your data)</source>
        <translation>%1 (vos données)</translation>
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
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Source: %1 (your data)</source>
        <translation>Source&#xa0;: %1 (vos données)</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>et %1</translation>
    </message>
</context>
<context>
    <name>Vigie::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Atteintes</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Rançongiciels</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Budapest</source>
        <translation>Budapest</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Vos chiffres</translation>
    </message>
</context>
<context>
    <name>Vigie::CitationActions</name>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>Citation copiée dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>Vigie::CitationFormat</name>
    <message>
        <source>; via %1</source>
        <translation>&#xa0;; via %1</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>, via %1</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>données au %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Consulté le %1</translation>
    </message>
    <message>
        <source>%1 (Vigie dataset %2)</source>
        <translation>%1 (jeu de données Vigie %2)</translation>
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
    <message>
        <source>Export charts to PNG, JPEG, PDF or SVG files.</source>
        <translation>Exporter des graphiques en fichiers PNG, JPEG, PDF ou SVG.</translation>
    </message>
    <message>
        <source>Import figures from a CSV file into your own database.</source>
        <translation>Importer des chiffres d&apos;un fichier CSV dans votre propre base.</translation>
    </message>
    <message>
        <source>Check a database: schema version, counts, integrity.</source>
        <translation>Vérifier une base&#xa0;: version du schéma, effectifs, intégrité.</translation>
    </message>
    <message>
        <source>Copy your own database, whole, to a backup file.</source>
        <translation>Copier votre propre base, entière, dans un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>Vigie::DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Add your own figures from a CSV file, kept apart from Vigie&apos;s</source>
        <translation>Ajouter vos propres chiffres depuis un fichier CSV, tenus à part de ceux de Vigie</translation>
    </message>
    <message>
        <source>&amp;Back Up Your Data…</source>
        <translation>&amp;Sauvegarder vos données…</translation>
    </message>
    <message>
        <source>Save a copy of your own database, whole, to a file of your choice</source>
        <translation>Enregistrer une copie entière de votre propre base dans le fichier de votre choix</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) imported</source>
        <translation>
            <numerusform>%Ln chiffre importé</numerusform>
            <numerusform>%Ln chiffres importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Rien n&apos;a été importé de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Data exported to %1</source>
        <translation>Données exportées dans %1</translation>
    </message>
    <message>
        <source>Back Up Your Data</source>
        <translation>Sauvegarder vos données</translation>
    </message>
    <message>
        <source>Vigie databases (*.sqlite)</source>
        <translation>Bases Vigie (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Your data was backed up to %1</source>
        <translation>Vos données ont été sauvegardées dans %1</translation>
    </message>
    <message>
        <source>Export Your &amp;Data…</source>
        <translation>Exporter vos &amp;données…</translation>
    </message>
    <message>
        <source>Save your own figures and their sources as CSV, which Import Data reads back</source>
        <translation>Enregistrer vos propres chiffres et leurs sources en CSV, que l&apos;import relit</translation>
    </message>
    <message>
        <source>Export All &amp;Figures…</source>
        <translation>Exporter tous les &amp;chiffres…</translation>
    </message>
    <message>
        <source>Save Vigie&apos;s figures and yours as CSV; an import of the file skips Vigie&apos;s</source>
        <translation>Enregistrer les chiffres de Vigie et les vôtres en CSV&#xa0;; l&apos;import de ce fichier ignore ceux de Vigie</translation>
    </message>
    <message>
        <source>&amp;Remove Your Data…</source>
        <translation>Su&amp;pprimer vos données…</translation>
    </message>
    <message>
        <source>Remove every figure you imported, after a confirmation and the offer of a backup</source>
        <translation>Supprimer tous les chiffres que vous avez importés, après confirmation et proposition d&apos;une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) of yours removed</source>
        <translation>
            <numerusform>%Ln chiffre à vous supprimé</numerusform>
            <numerusform>%Ln chiffres à vous supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Your Data</source>
        <translation>Supprimer vos données</translation>
    </message>
    <message>
        <source>You have no figures of your own to remove.</source>
        <translation>Vous n&apos;avez aucun chiffre à vous à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln figure(s) you imported?</source>
        <translation>
            <numerusform>Supprimer le chiffre que vous avez importé&#xa0;?</numerusform>
            <numerusform>Supprimer les %Ln chiffres que vous avez importés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data is backed up. Vigie&apos;s own figures stay as they are.</source>
        <translation>Vos données sont sauvegardées. Les chiffres de Vigie restent tels quels.</translation>
    </message>
    <message>
        <source>Their sources and topic names go with them; Vigie&apos;s own figures stay as they are. This cannot be undone: back your data up first to keep a copy.</source>
        <translation>Leurs sources et les noms de leurs thèmes partent avec eux&#xa0;; les chiffres de Vigie restent tels quels. C&apos;est irréversible&#xa0;: sauvegardez d&apos;abord vos données pour en garder une copie.</translation>
    </message>
    <message>
        <source>&amp;Back Up First…</source>
        <translation>&amp;Sauvegarder d&apos;abord…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Removal failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message numerus="yes">
        <source>Removing your %Ln figure(s)…</source>
        <translation>
            <numerusform>Suppression de votre chiffre…</numerusform>
            <numerusform>Suppression de vos %Ln chiffres…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigie::DataCommands</name>
    <message>
        <source>Imports figures from a CSV file into your own database.</source>
        <translation>Importe des chiffres d&apos;un fichier CSV dans votre propre base.</translation>
    </message>
    <message>
        <source>The user database (default: %1).</source>
        <translation>La base de l&apos;utilisateur (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A CSV file in Vigie&apos;s format (docs/import-format.md).</source>
        <translation>Un fichier CSV au format de Vigie (docs/import-format.md).</translation>
    </message>
    <message>
        <source>Name one CSV file to import.</source>
        <translation>Indiquez un fichier CSV à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) imported into %1</source>
        <translation>
            <numerusform>%Ln chiffre importé dans %1</numerusform>
            <numerusform>%Ln chiffres importés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a Vigie database: schema version, counts and integrity. Without a file, checks the embedded database and your own.</source>
        <translation>Vérifie une base de Vigie&#xa0;: version du schéma, effectifs et intégrité. Sans fichier, vérifie la base intégrée et la vôtre.</translation>
    </message>
    <message>
        <source>A database to check.</source>
        <translation>Une base à vérifier.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcte</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Base intégrée</translation>
    </message>
    <message>
        <source>No user database yet (%1).</source>
        <translation>Pas encore de base utilisateur (%1).</translation>
    </message>
    <message>
        <source>Copies your own database, whole and checked, to a backup file. The file is replaced only once the copy is complete.</source>
        <translation>Copie votre propre base, entière et vérifiée, dans un fichier de sauvegarde. Le fichier n&apos;est remplacé qu&apos;une fois la copie terminée.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>Name one backup file to write.</source>
        <translation>Indiquez un fichier de sauvegarde à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) backed up to %1</source>
        <translation>
            <numerusform>%Ln chiffre sauvegardé dans %1</numerusform>
            <numerusform>%Ln chiffres sauvegardés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an interrupted write was rolled back, in a private copy: the file is unchanged</source>
        <translation>une écriture interrompue a été annulée, dans une copie privée&#xa0;: le fichier n&apos;a pas changé</translation>
    </message>
    <message>
        <source>foreign keys: %1</source>
        <translation>clés étrangères&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::EverythingSearch</name>
    <message>
        <source>Paragraph %1, in French</source>
        <translation>Paragraphe %1, en français</translation>
    </message>
    <message>
        <source>Paragraph %1, in English</source>
        <translation>Paragraphe %1, en anglais</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportActions</name>
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
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Cannot write to the folder “%1”.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in this folder will be replaced. Continue?</source>
        <translation>
            <numerusform>%Ln fichier de ce dossier sera remplacé. Continuer&#xa0;?</numerusform>
            <numerusform>%Ln fichiers de ce dossier seront remplacés. Continuer&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written to %1</source>
        <translation>
            <numerusform>%Ln fichier écrit dans %1</numerusform>
            <numerusform>%Ln fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <source>Save every chart and the map to a folder, in one or both languages</source>
        <translation>Enregistrer tous les graphiques et la carte dans un dossier, dans une langue ou les deux</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportAllDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
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
        <source>&amp;Dark colours</source>
        <translation>Couleurs &amp;sombres</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Each chart&apos;s numbers as its table shows them, and for the map every state&apos;s status under each treaty, with its dates and source</source>
        <translation>Les chiffres de chaque graphique tels que son tableau les donne et, pour la carte, le statut de chaque État au regard de chaque traité, avec ses dates et sa source</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportCommand</name>
    <message>
        <source>Exports charts to image and document files, with no window.</source>
        <translation>Exporte les graphiques en fichiers image et document, sans fenêtre.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>formats</translation>
    </message>
    <message>
        <source>Languages of the exports, separated by commas: fr, en.</source>
        <translation>Langues des exports, séparées par des virgules&#xa0;: fr, en.</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (72 to 600).</source>
        <translation>Résolution en points par pouce (de 72 à 600).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <source>Size in pixels, as WIDTHxHEIGHT.</source>
        <translation>Taille en pixels, sous la forme LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>Folder to write to (created if missing).</source>
        <translation>Dossier où écrire (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Remplacer les fichiers qui existent déjà.</translation>
    </message>
    <message>
        <source>Use dark colours.</source>
        <translation>Utiliser des couleurs sombres.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown chart “%1”. Charts: %2.</source>
        <translation>Graphique inconnu «&#xa0;%1&#xa0;». Graphiques&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No chart to export.</source>
        <translation>Aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>No format given.</source>
        <translation>Aucun format indiqué.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>The size “%1” is not WIDTHxHEIGHT, for example 1600x900.</source>
        <translation>La taille «&#xa0;%1&#xa0;» n&apos;est pas de la forme LARGEURxHAUTEUR, par exemple 1600x900.</translation>
    </message>
    <message>
        <source>The resolution “%1” is not a whole number.</source>
        <translation>La résolution «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Cannot write to the folder “%1”.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already exists: use --force to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Formats, separated by commas: png, jpg, pdf, svg, csv.</source>
        <translation>Formats, séparés par des virgules&#xa0;: png, jpg, pdf, svg, csv.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use png, jpg, pdf, svg or csv.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez png, jpg, pdf, svg ou csv.</translation>
    </message>
    <message>
        <source>No language given: use fr, en or both.</source>
        <translation>Aucune langue donnée&#xa0;: indiquez fr, en ou les deux.</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>The map&apos;s treaty layer: none, budapest (the Budapest Convention&apos;s Parties), protocol (its Second Protocol) or un (the UN Convention&apos;s signatories).</source>
        <translation>La couche des traités sur la carte&#xa0;: none, budapest (les Parties à la Convention de Budapest), protocol (son deuxième Protocole) ou un (les signataires de la Convention des Nations unies).</translation>
    </message>
    <message>
        <source>Unknown layer “%1”: use none, budapest, protocol or un.</source>
        <translation>Couche inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez none, budapest, protocol ou un.</translation>
    </message>
    <message>
        <source>Charts to export, separated by commas, or “all” (with your figures&apos; chart when you have imported some). Charts: %1.</source>
        <translation>Graphiques à exporter, séparés par des virgules, ou «&#xa0;all&#xa0;» (avec le graphique de vos chiffres si vous en avez importé). Graphiques&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You have no figures of your own to chart: import some first (vigie import FILE).</source>
        <translation>Vous n&apos;avez pas de chiffres à vous à représenter&#xa0;: importez-en d&apos;abord (vigie import FICHIER).</translation>
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
    <message>
        <source>Pixels, or millimetres at the chosen resolution</source>
        <translation>Pixels, ou millimètres à la résolution choisie</translation>
    </message>
    <message>
        <source>CSV table of the numbers</source>
        <translation>Tableau CSV des chiffres</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>Vigie::ExportLimits</name>
    <message>
        <source>The resolution %1 DPI is not valid: it must be between %2 and %3.</source>
        <translation>La résolution de %1 PPP n&apos;est pas valide&#xa0;: elle doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 DPI (%4 × %5 mm)</source>
        <translation>%1 × %2 pixels à %3 PPP (%4 × %5 mm)</translation>
    </message>
    <message>
        <source>Cannot export at %1: Vigie lays a chart or the map out readably from %2 × %3 mm, with sides at most %4 times as long as each other, up to %5 megapixels. The nearest size it accepts is %6 × %7 pixels.</source>
        <translation>Impossible d&apos;exporter en %1&#xa0;: Vigie met un graphique ou la carte en page lisiblement à partir de %2 × %3 mm, avec des côtés au plus %4 fois plus longs l&apos;un que l&apos;autre, jusqu&apos;à %5 mégapixels. La taille acceptée la plus proche est %6 × %7 pixels.</translation>
    </message>
</context>
<context>
    <name>Vigie::FigureCsv</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1).</source>
        <translation>le fichier n&apos;est pas un CSV valide (%1).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as UTF-8 and import it again.</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;: enregistrez-le en UTF-8 puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>this line does not have %1 fields, like the header.</source>
        <translation>cette ligne n&apos;a pas %1 champs, comme l&apos;en-tête.</translation>
    </message>
    <message>
        <source>the file has a header but no figure.</source>
        <translation>le fichier a un en-tête mais aucun chiffre.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>the key “%1” must be letters, digits, dots, dashes or underscores.</source>
        <translation>la clé «&#xa0;%1&#xa0;» ne doit contenir que des lettres, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in the file.</source>
        <translation>la clé «&#xa0;%1&#xa0;» figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>the key “%1” is already in use.</source>
        <translation>la clé «&#xa0;%1&#xa0;» est déjà utilisée.</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>la valeur est vide.</translation>
    </message>
    <message>
        <source>the unit is empty.</source>
        <translation>l&apos;unité est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a number (a dot for decimals, no spaces).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (un point pour les décimales, sans espaces).</translation>
    </message>
    <message>
        <source>the period “%1” is not a year, month or date (2023, 2023-11, 2023-11-08 or 2019-2023).</source>
        <translation>la période «&#xa0;%1&#xa0;» n&apos;est ni une année, ni un mois, ni une date (2023, 2023-11, 2023-11-08 ou 2019-2023).</translation>
    </message>
    <message>
        <source>the figure needs a label, in English or French.</source>
        <translation>le chiffre a besoin d&apos;un libellé, en anglais ou en français.</translation>
    </message>
    <message>
        <source>the confidence must be high, medium or low.</source>
        <translation>la confiance doit être high, medium ou low.</translation>
    </message>
    <message>
        <source>a low-confidence figure needs a note that says why.</source>
        <translation>un chiffre de confiance faible a besoin d&apos;une note qui dit pourquoi.</translation>
    </message>
    <message>
        <source>the source&apos;s publisher and title are required.</source>
        <translation>l&apos;éditeur et le titre de la source sont obligatoires.</translation>
    </message>
    <message>
        <source>the source address must start with http:// or https://.</source>
        <translation>l&apos;adresse de la source doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>the quote is empty: copy the source&apos;s own words.</source>
        <translation>la citation est vide&#xa0;: copiez les mots mêmes de la source.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>La base est occupée ou en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database refused it: %1</source>
        <translation>la base l&apos;a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was not saved: %1</source>
        <translation>L&apos;import n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database is in use by another program (%1). Nothing was imported; try again once it has finished.</source>
        <translation>La base est utilisée par un autre programme (%1). Rien n&apos;a été importé&#xa0;; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be read: %1</source>
        <translation>La base est occupée ou illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>La base a refusé l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is too large to be kept exactly: a figure lies within ±9,007,199,254,740,992.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour être gardé exactement&#xa0;: un chiffre reste entre ±9&#x202f;007&#x202f;199&#x202f;254&#x202f;740&#x202f;992.</translation>
    </message>
    <message>
        <source>“%1” has more than 15 significant digits, more than Vigie can keep exactly.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de 15&#xa0;chiffres significatifs, plus que Vigie ne peut en garder exactement.</translation>
    </message>
    <message>
        <source>the origin must be “yours” or “vigie”.</source>
        <translation>l&apos;origine doit être «&#xa0;yours&#xa0;» ou «&#xa0;vigie&#xa0;».</translation>
    </message>
    <message>
        <source>The file holds only Vigie&apos;s own figures, which Vigie has already: nothing to import.</source>
        <translation>Le fichier ne contient que les chiffres de Vigie, que Vigie a déjà&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only (its file or its folder may not be written): nothing was imported.</source>
        <translation>La base «&#xa0;%1&#xa0;» est en lecture seule (son fichier ou son dossier ne peut pas être écrit)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a folder, a pipe or a device): choose a CSV file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un dossier, un tube ou un périphérique)&#xa0;: choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>this line is longer than %1 MiB: the file is not a table of figures.</source>
        <translation>cette ligne dépasse %1&#xa0;Mio&#xa0;: le fichier n&apos;est pas un tableau de chiffres.</translation>
    </message>
    <message>
        <source>the file could not be read to its end (%1).</source>
        <translation>le fichier n&apos;a pas pu être lu jusqu&apos;au bout (%1).</translation>
    </message>
    <message>
        <source>the header must be: %1, optionally followed by %2 and by %3</source>
        <translation>l&apos;en-tête doit être&#xa0;: %1, suivi éventuellement de %2 et de %3</translation>
    </message>
    <message>
        <source>the topic “%1” is named otherwise on line %2: a topic has one name in each language.</source>
        <translation>le thème «&#xa0;%1&#xa0;» porte un autre nom à la ligne %2&#xa0;: un thème a un seul nom dans chaque langue.</translation>
    </message>
</context>
<context>
    <name>Vigie::FigureOrder</name>
    <message>
        <source>Your figures could not be read: the list shows Vigie&apos;s own.</source>
        <translation>Vos chiffres n’ont pas pu être lus&#xa0;: la liste montre ceux de Vigie.</translation>
    </message>
    <message>
        <source>The figures could not be listed: %1</source>
        <translation>Les chiffres n’ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The figures could not be listed.</source>
        <translation>Les chiffres n’ont pas pu être listés.</translation>
    </message>
</context>
<context>
    <name>Vigie::GuideDialog</name>
    <message>
        <source>Vigie Guide</source>
        <translation>Guide de Vigie</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>Vigie::ImageWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2 × %3 pixels at %4 DPI is not a size to export.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;×&#xa0;%3&#xa0;pixels à %4&#xa0;PPP n&apos;est pas une taille d&apos;export.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a picture has no table of numbers to save as CSV.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: une image n&apos;a pas de tableau de nombres à enregistrer en CSV.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a symbolic link, and Vigie does not write through links.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un lien symbolique, et Vigie n&apos;écrit pas à travers les liens.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is not a regular file.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the typeface Vigie draws its text with is missing from this build, so every letter would be an empty box.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: la police avec laquelle Vigie écrit ses textes manque à cette version, et chaque lettre serait une case vide.</translation>
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
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Copy Citation of “%1”</source>
        <translation>Copier la citation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show in Sources</source>
        <translation>Afficher dans les sources</translation>
    </message>
    <message>
        <source>Enter shows it on the Sources page</source>
        <translation>Entrée l&apos;affiche dans la page Sources</translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
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
        <source>%Ln sourced figure(s)</source>
        <translation>
            <numerusform>%Ln chiffre sourcé</numerusform>
            <numerusform>%Ln chiffres sourcés</numerusform>
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
        <translation>%1 · jeu de données %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Follow the Desktop</source>
        <translation>&amp;Suivre le bureau</translation>
    </message>
    <message>
        <source>Light or dark as the desktop&apos;s appearance setting says</source>
        <translation>Clair ou sombre selon le réglage d’apparence du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>&amp;Rechercher dans la page</translation>
    </message>
    <message>
        <source>Go to the current page&apos;s search field</source>
        <translation>Aller au champ de recherche de la page</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Tout rechercher…</translation>
    </message>
    <message>
        <source>Search figures, sources, the statement, the centres, the events and your own figures at once</source>
        <translation>Rechercher à la fois dans les chiffres, les sources, la déclaration, les centres, les événements et vos propres chiffres</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>How to use Vigie, with its keyboard shortcuts</source>
        <translation>Comment utiliser Vigie, avec ses raccourcis clavier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your own</source>
        <translation>
            <numerusform>%Ln à vous</numerusform>
            <numerusform>%Ln à vous</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: marked on the timeline</source>
        <translation>%1, %2&#xa0;: marqué sur la chronologie</translation>
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
        <source>Drag or use the arrow keys to pan; the wheel, + and − or a pinch zoom; Home goes back to Europe and Africa, 0 shows the whole world; L folds or opens the legend. Tab reaches the centres&apos; markers.</source>
        <translation>Faites glisser ou utilisez les flèches pour vous déplacer&#xa0;; la molette, + et − ou un pincement zooment&#xa0;; Origine revient à l&apos;Europe et à l&apos;Afrique, 0 affiche le monde entier&#xa0;; L replie ou déplie la légende. Tab atteint les repères des centres.</translation>
    </message>
    <message>
        <source>Click or press L to fold the legend</source>
        <translation>Cliquez ou appuyez sur L pour replier la légende</translation>
    </message>
    <message>
        <source>Click or press L to open the legend</source>
        <translation>Cliquez ou appuyez sur L pour déplier la légende</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Copy &amp;Citation: %1</source>
        <translation>Copier la &amp;citation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::MapExporter</name>
    <message>
        <source>The map has no table of numbers to export as CSV.</source>
        <translation>La carte n&apos;a pas de tableau de chiffres à exporter en CSV.</translation>
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
        <source>The centres and their details are still listed beside the map.</source>
        <translation>Les centres et leurs détails restent listés à côté de la carte.</translation>
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
        <source>Signed: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ratified or acceded: %1</source>
        <translation>Ratification ou adhésion&#xa0;: %1</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>En vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Budapest Convention&apos;s Second Protocol</source>
        <translation>Deuxième Protocole à la Convention de Budapest</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
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
    <message>
        <source>Recorded offences</source>
        <translation>Atteintes enregistrées</translation>
    </message>
    <message>
        <source>All charts</source>
        <translation>Tous les graphiques</translation>
    </message>
    <message>
        <source>Open the Charts page at this chart</source>
        <translation>Ouvrir la page Graphiques sur ce graphique</translation>
    </message>
    <message>
        <source>Treaty progress</source>
        <translation>Progrès des conventions</translation>
    </message>
    <message>
        <source>Open in Charts</source>
        <translation>Ouvrir dans Graphiques</translation>
    </message>
    <message>
        <source>Open the Charts page at the Budapest Convention&apos;s parties</source>
        <translation>Ouvrir la page Graphiques sur les Parties à la Convention de Budapest</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Centres de renforcement des capacités</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Ouvrir la carte</translation>
    </message>
    <message>
        <source>Open the map of the centres that France backs</source>
        <translation>Ouvrir la carte des centres que soutient la France</translation>
    </message>
</context>
<context>
    <name>Vigie::Page</name>
    <message>
        <source>This page has nothing to export.</source>
        <translation>Cette page n&apos;a rien à exporter.</translation>
    </message>
</context>
<context>
    <name>Vigie::PolicyPage</name>
    <message>
        <source>France&apos;s international action against cybercrime</source>
        <translation>L&apos;action internationale de la France contre la cybercriminalité</translation>
    </message>
    <message>
        <source>Statement of the French Ministry for Europe and Foreign Affairs (France Diplomatie), French original and official English version, as published, typos included. Underlined words lead to the data.</source>
        <translation>Déclaration du ministère de l&apos;Europe et des Affaires étrangères (France Diplomatie), original français et version anglaise officielle, telles que publiées, coquilles comprises. Les mots soulignés mènent aux données.</translation>
    </message>
    <message>
        <source>Search the text (Ctrl+F)</source>
        <translation>Rechercher dans le texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the text</source>
        <translation>Rechercher dans le texte</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Show the French and English texts side by side, paragraph by paragraph</source>
        <translation>Afficher les textes français et anglais côte à côte, paragraphe par paragraphe</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Copier tout le texte dans le presse-papiers</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
</context>
<context>
    <name>Vigie::PolicyText</name>
    <message>
        <source>policy:paragraph-1</source>
        <translation>La France joue un rôle moteur au niveau international face à la croissance préoccupante de la cybercriminalité. Les activités cybercriminelles ont des conséquences graves tant sur les individus que les entreprises. Dans son rapport sur la cybercriminalité 2024, le commandement du Ministère de l’Intérieur dans le cyberespace a enregistré [[figure:offences.total.2023|278 770]] atteintes numériques en 2023, soit une augmentation de [[figure:offences.growth_5y.2023|40%]] en 5 ans. A mesure que l’écosystème cybercriminel se développe, les défis se multiplient, au point de constituer une menace de premier plan. L’[[topic:anssi|ANSSI]] a ainsi estimé dans son panorama de la menace de 2023 que l’écosystème cybercriminel constituait l’une des trois principales menaces tant pour les systèmes d’information français les plus critiques que pour l’écosystème national de manière systémique.</translation>
    </message>
    <message>
        <source>policy:paragraph-2</source>
        <translation>De plus en plus, ces activités criminelles peuvent en effet porter atteinte à des fonctions vitales de nos sociétés, lorsque par exemple [[topic:hospitals|un hôpital est touché par un rançongiciel]]. En outre, l’existence d’une cohabitation tacite entre certains Etats et des groupes cybercriminels soulève la possibilité d’une coordination entre ces acteurs à des fins de déstabilisation, voire l’utilisation par des Etats des revenus de la cybercriminalité pour financer d’autres activités de déstabilisation. Ainsi, la cybercriminalité est devenue une menace pour la sécurité nationale, et par extension un enjeu de sécurité internationale qui appelle à des solutions concertées. A ce titre, la France a affirmé à l’occasion de la réunion du Conseil de sécurité des Nations Unies du [[topic:unsc|8 novembre 2024]] sur les rançongiciels qu’elle était prête à travailler pour améliorer la prise en compte des enjeux cyber dans les travaux des organes subsidiaires du Conseil de sécurité.</translation>
    </message>
    <message>
        <source>policy:paragraph-3</source>
        <translation>Pour lutter contre ce phénomène, la France et l’Union européenne se sont organisées. Elles ont développé des politiques publiques transverses de prévention et de lutte contre la cybercriminalité en renforçant notamment les moyens de la police et de la justice et en coordonnant nos efforts au niveau européen. Dans ce contexte, la coopération internationale est un élément essentiel alors que les infrastructures criminelles opèrent elles-mêmes à l’échelle internationale.</translation>
    </message>
    <message>
        <source>policy:paragraph-4</source>
        <translation>Le cadre juridique international joue un rôle clé pour faciliter la coopération policière et judiciaire en matière pénale entre les Etats. Il s’appuie sur la Convention du Conseil de l’Europe sur la cybercriminalité de 2001 (dite [[topic:budapest|« Convention de Budapest »]]). Fin 2024, les Nations unies se sont également dotées d’[[topic:uncc|une nouvelle convention pour lutter contre la cybercriminalité]]. Ce nouvel instrument constitue un outil utile pour aider les Etats à lutter contre la cybercriminalité, en renforçant leurs dispositifs législatifs nationaux et la coopération internationale. Lors des négociations, un équilibre a été trouvé entre les nouveaux moyens d’action ouverts par la convention et les garanties indispensables en matière procédurale et de respect des droits de l’Homme que cela implique. Dans le cadre de la mise en œuvre de ce nouvel instrument, la France restera particulièrement vigilante pour éviter toute utilisation abusive de cette convention par les gouvernementaux autoritaires. Ces instruments permettent de faciliter le travail des services d’enquête et d’améliorer l’efficacité de la coopération internationale.</translation>
    </message>
    <message>
        <source>policy:paragraph-5</source>
        <translation>Alors que les Nations Unies ont progressivement reconnu que le renforcement capacitaire constituait un élément central pour mettre en œuvre les cadres de régulations internationaux, la France contribue au rehaussement du niveau de résilience cyber mondiale par des coopérations structurelles sur les enjeux cyber. Elle fonde notamment son approche sur la mobilisation d’experts techniques internationaux et le développement de centres régionaux, dans la perspective d’associer les Etats bénéficiaires à leur gouvernance. Elle a ainsi contribué à la création et aux activités de l’Ecole nationale cyber à vocation régionale de [[map:envr|Dakar]] depuis 2021 et du Centre de développement des capacités cyber dans les Balkans occidentaux à [[map:wb3c|Podgorica]] depuis 2023.</translation>
    </message>
    <message>
        <source>policy:paragraph-6</source>
        <translation>La France est ainsi déterminée à travailler conjointement avec ses partenaires internationaux, le secteur privé et la société civile pour faire face au fléau de la cybercriminalité qui menace les fondements de nos économiques, de nos sociétés démocratiques, ainsi que la paix et la sécurité internationales. A cette fin, la France continuera de promouvoir le développement d’un cadre de coopération internationale efficace, respectueux de la vie privée et protecteur des libertés fondamentales.</translation>
    </message>
</context>
<context>
    <name>Vigie::PolicyTextView</name>
    <message>
        <source>Policy statement</source>
        <translation>Déclaration de politique</translation>
    </message>
</context>
<context>
    <name>Vigie::SchemaCheck</name>
    <message>
        <source>schema version %1 is not one of Vigie&apos;s (1 to %2)</source>
        <translation>la version de schéma %1 n&apos;est pas l&apos;une de celles de Vigie (1 à %2)</translation>
    </message>
    <message>
        <source>the table “%1” is not defined as Vigie defines it</source>
        <translation>la table «&#xa0;%1&#xa0;» n&apos;est pas définie comme Vigie la définit</translation>
    </message>
    <message>
        <source>it holds a trigger “%1”, which Vigie never makes</source>
        <translation>elle contient un déclencheur «&#xa0;%1&#xa0;», que Vigie ne crée jamais</translation>
    </message>
    <message>
        <source>it holds a view “%1”, which Vigie never makes</source>
        <translation>elle contient une vue «&#xa0;%1&#xa0;», que Vigie ne crée jamais</translation>
    </message>
    <message>
        <source>it holds “%1”, which is not Vigie&apos;s</source>
        <translation>elle contient «&#xa0;%1&#xa0;», qui n&apos;est pas à Vigie</translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation>la table «&#xa0;%1&#xa0;» manque</translation>
    </message>
</context>
<context>
    <name>Vigie::SearchDialog</name>
    <message>
        <source>Figures, sources, the statement, the centres, the events and your own figures, without case or accents. ↑ and ↓ choose, Enter opens.</source>
        <translation>Chiffres, sources, déclaration, centres, événements et vos propres chiffres, sans tenir compte des majuscules ni des accents. ↑ et ↓ pour choisir, Entrée pour ouvrir.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) found. ↑ and ↓ choose, Enter opens.</source>
        <translation>
            <numerusform>%Ln résultat trouvé. ↑ et ↓ pour choisir, Entrée pour ouvrir.</numerusform>
            <numerusform>%Ln résultats trouvés. ↑ et ↓ pour choisir, Entrée pour ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search Everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Search figures, sources, the statement, centres, events…</source>
        <translation>Rechercher chiffres, sources, déclaration, centres, événements…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Résultats trouvés</translation>
    </message>
</context>
<context>
    <name>Vigie::SearchResultsModel</name>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Vos chiffres</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Centres de renforcement des capacités</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Vigie::SourcesModel</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>%1 (your data)</source>
        <translation>%1 (vos données)</translation>
    </message>
    <message>
        <source>%1 (weak source)</source>
        <translation>%1 (source fragile)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Vos données&#xa0;: %1</translation>
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
            <numerusform>%Ln chiffre</numerusform>
            <numerusform>%Ln chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a figure to read its source.</source>
        <translation>Choisissez un chiffre pour lire sa source.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>The source&apos;s own words:</source>
        <translation>Les mots mêmes de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Every figure and its source</source>
        <translation>Chaque chiffre et sa source</translation>
    </message>
    <message>
        <source>Filter by words: figure, publisher, quote…</source>
        <translation>Filtrer par mots&#xa0;: chiffre, éditeur, citation…</translation>
    </message>
    <message>
        <source>Filter the figures</source>
        <translation>Filtrer les chiffres</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Figures and their sources</source>
        <translation>Les chiffres et leurs sources</translation>
    </message>
    <message>
        <source>&amp;Open the source in the browser</source>
        <translation>&amp;Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Weak source: a forum, a content farm, a machine translation, an automated site or a personal blog. Check it before citing it.</source>
        <translation>Source fragile&#xa0;: un forum, une ferme de contenus, une traduction automatique, un site automatisé ou un blog personnel. Vérifiez-la avant de la citer.</translation>
    </message>
    <message>
        <source>Read on %1.</source>
        <translation>Consulté le %1.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>Détails du chiffre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s), %1 of them yours</source>
        <translation>
            <numerusform>%Ln chiffre, dont %1 à vous</numerusform>
            <numerusform>%Ln chiffres, dont %1 à vous</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only &amp;yours</source>
        <translation>Seulement les &amp;vôtres</translation>
    </message>
    <message>
        <source>List only the figures you imported</source>
        <translation>N&apos;afficher que les chiffres que vous avez importés</translation>
    </message>
    <message>
        <source>yours</source>
        <comment>the badge of a figure the user imported</comment>
        <translation>à vous</translation>
    </message>
</context>
<context>
    <name>Vigie::ThreatDatabase</name>
    <message>
        <source>it is not a Vigie database: %1</source>
        <translation>ce n&apos;est pas une base Vigie&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>row %1 of “%2” refers to a missing “%3”</source>
        <translation>la ligne %1 de «&#xa0;%2&#xa0;» renvoie à un «&#xa0;%3&#xa0;» absent</translation>
    </message>
</context>
<context>
    <name>Vigie::TopicNames</name>
    <message>
        <source>Digital offences</source>
        <translation>Atteintes numériques</translation>
    </message>
    <message>
        <source>ANSSI overview</source>
        <translation>Panorama de l&apos;ANSSI</translation>
    </message>
    <message>
        <source>Cybermalveillance.gouv.fr</source>
        <translation>Cybermalveillance.gouv.fr</translation>
    </message>
    <message>
        <source>Budapest Convention</source>
        <translation>Convention de Budapest</translation>
    </message>
    <message>
        <source>UN Convention against Cybercrime</source>
        <translation>Convention des Nations unies contre la cybercriminalité</translation>
    </message>
    <message>
        <source>Capacity centres</source>
        <translation>Centres de renforcement des capacités</translation>
    </message>
    <message>
        <source>UN Security Council, 8 November 2024</source>
        <translation>Conseil de sécurité des Nations unies, 8 novembre 2024</translation>
    </message>
    <message>
        <source>Hospitals attacked</source>
        <translation>Hôpitaux attaqués</translation>
    </message>
    <message>
        <source>Other national figures</source>
        <translation>Autres chiffres nationaux</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
</context>
<context>
    <name>Vigie::TreatyTable</name>
    <message>
        <source>Party: in force</source>
        <translation>Partie&#xa0;: en vigueur</translation>
    </message>
    <message>
        <source>Ratified or acceded, not yet in force</source>
        <translation>Ratifiée ou adhésion, pas encore en vigueur</translation>
    </message>
    <message>
        <source>Signed, not ratified</source>
        <translation>Signée, non ratifiée</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Budapest Convention</source>
        <translation>Convention de Budapest</translation>
    </message>
    <message>
        <source>Second Additional Protocol</source>
        <translation>Deuxième Protocole additionnel</translation>
    </message>
    <message>
        <source>UN Convention against Cybercrime</source>
        <translation>Convention des Nations unies contre la cybercriminalité</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1&#xa0;: statut au %2</translation>
    </message>
    <message>
        <source>%1: signature</source>
        <translation>%1&#xa0;: signature</translation>
    </message>
    <message>
        <source>%1: ratification or accession</source>
        <translation>%1&#xa0;: ratification ou adhésion</translation>
    </message>
    <message>
        <source>%1: entry into force</source>
        <translation>%1&#xa0;: entrée en vigueur</translation>
    </message>
    <message>
        <source>%1: source</source>
        <translation>%1&#xa0;: source</translation>
    </message>
</context>
<context>
    <name>Vigie::UserData</name>
    <message>
        <source>Your database “%1” is damaged (%2). It was kept as “%3”, and Vigie starts on its own data.</source>
        <translation>Votre base «&#xa0;%1&#xa0;» est endommagée (%2). Elle a été conservée sous «&#xa0;%3&#xa0;», et Vigie démarre sur ses propres données.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>You have no data of your own yet (there is no user database at “%1”): import some first.</source>
        <translation>Vous n&apos;avez pas encore de données à vous (il n&apos;y a pas de base utilisateur à «&#xa0;%1&#xa0;»)&#xa0;: importez-en d&apos;abord.</translation>
    </message>
    <message>
        <source>Your database “%1” is in use by another program.</source>
        <translation>Votre base «&#xa0;%1&#xa0;» est utilisée par un autre programme.</translation>
    </message>
    <message>
        <source>Vigie starts without your figures and leaves the file as it is: restart Vigie once the other program has finished.</source>
        <translation>Vigie démarre sans vos chiffres et laisse le fichier tel quel&#xa0;: relancez Vigie quand l&apos;autre programme aura fini.</translation>
    </message>
    <message>
        <source>Your database “%1” cannot be opened (%2).</source>
        <translation>Votre base «&#xa0;%1&#xa0;» ne peut pas être ouverte (%2).</translation>
    </message>
    <message>
        <source>Vigie starts without your figures and leaves the file as it is.</source>
        <translation>Vigie démarre sans vos chiffres et laisse le fichier tel quel.</translation>
    </message>
    <message>
        <source>Your database “%1” is damaged (%2).</source>
        <translation>Votre base «&#xa0;%1&#xa0;» est endommagée (%2).</translation>
    </message>
    <message>
        <source>It could not be moved aside: Vigie starts without your figures.</source>
        <translation>Elle n&apos;a pas pu être mise de côté&#xa0;: Vigie démarre sans vos chiffres.</translation>
    </message>
    <message>
        <source>You have no figures of your own to export yet: import some first, or export all figures.</source>
        <translation>Vous n&apos;avez pas encore de chiffres à vous à exporter&#xa0;: importez-en d&apos;abord, ou exportez tous les chiffres.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Vigie database</source>
        <translation>le fichier est vide, ce n&apos;est donc pas une base Vigie</translation>
    </message>
    <message>
        <source>it has the journal of an interrupted write, and no private copy could be made to read it</source>
        <translation>il a le journal d&apos;une écriture interrompue, et aucune copie privée n&apos;a pu être faite pour le lire</translation>
    </message>
    <message>
        <source>Cannot read your figures from “%1”: nothing was written.</source>
        <translation>Impossible de lire vos chiffres dans «&#xa0;%1&#xa0;»&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Your database “%1” is being checked; try again in a moment.</source>
        <translation>Votre base «&#xa0;%1&#xa0;» est en cours de vérification&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot read Vigie&apos;s own figures: nothing was written.</source>
        <translation>Impossible de lire les chiffres de Vigie&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>You have no figures of your own to remove.</source>
        <translation>Vous n&apos;avez aucun chiffre à vous à supprimer.</translation>
    </message>
    <message>
        <source>Your figures are being removed from “%1”; try again in a moment.</source>
        <translation>Vos chiffres sont en cours de suppression de «&#xa0;%1&#xa0;»&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Vigie::UserDatabase</name>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Impossible de créer le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a database Vigie can read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base que Vigie sait lire.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Vigie (schema %2; this one knows %3).</source>
        <translation>«&#xa0;%1&#xa0;» a été créée par une version plus récente de Vigie (schéma %2&#xa0;; celle-ci connaît le %3).</translation>
    </message>
    <message>
        <source>Cannot update “%1”: %2</source>
        <translation>Impossible de mettre à jour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is in use by another program (%2). Try again once it has finished.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par un autre programme (%2). Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is not a regular file.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” onto itself: choose another file.</source>
        <translation>Impossible de sauvegarder «&#xa0;%1&#xa0;» sur lui-même&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup failed its integrity check, so “%1” was not written: %2</source>
        <translation>La sauvegarde n&apos;a pas passé le contrôle d&apos;intégrité, «&#xa0;%1&#xa0;» n&apos;a donc pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” belongs to another program: it is not a Vigie database, and Vigie leaves it as it is.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à un autre programme&#xa0;: ce n&apos;est pas une base Vigie, et Vigie la laisse telle quelle.</translation>
    </message>
    <message>
        <source>“%1” is not a Vigie database as Vigie made it (%2), and Vigie leaves it as it is.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Vigie telle que Vigie l&apos;a faite (%2), et Vigie la laisse telle quelle.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Cannot back up to “%1”: SQLite uses names ending in %2 for its own files. Choose another name.</source>
        <translation>Impossible de sauvegarder vers «&#xa0;%1&#xa0;»&#xa0;: SQLite réserve à ses propres fichiers les noms finissant par %2. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire, ce ne peut donc pas être une base.</translation>
    </message>
    <message>
        <source>There is no user database at “%1”.</source>
        <translation>Il n&apos;y a pas de base utilisateur à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the integrity check took longer than two minutes</source>
        <translation>la vérification d&apos;intégrité a duré plus de deux minutes</translation>
    </message>
    <message>
        <source>Your database is in use by another program (%1). Nothing was removed; try again once it has finished.</source>
        <translation>Votre base de données est utilisée par un autre programme (%1). Rien n&apos;a été supprimé&#xa0;; réessayez une fois qu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: %1</translation>
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
