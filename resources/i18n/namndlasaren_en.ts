<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="57" />
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="59" />
        <source>med</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="70" />
        <location filename="../../src/desktop/ui/compare_view.py" line="203" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="71" />
        <location filename="../../src/desktop/ui/compare_view.py" line="197" />
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="72" />
        <source>Ekonomi</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="73" />
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="124" />
        <source>Ingen av rapporterna har några mål som kunde läsas ut.</source>
        <translation>Neither report has goals that could be read.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="137" />
        <source>Målet finns inte i denna rapport.</source>
        <translation>The goal is not in this report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="149" />
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="150" />
        <source>Borttaget</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="151" />
        <source>Ändrad bedömning</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="161" />
        <source>Visa ändringar i analysen</source>
        <translation>Show changes in the analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="164" />
        <source>Öppna målet</source>
        <translation>Open goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="172" />
        <source>Ändringar i målanalysen</source>
        <translation>Changes in the goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="178" />
        <source>Grönt: ny text. Rött och överstruket: borttagen text.</source>
        <translation>Green: new text. Red and struck through: removed text.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="200" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="201" />
        <location filename="../../src/desktop/ui/compare_view.py" line="215" />
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="202" />
        <location filename="../../src/desktop/ui/compare_view.py" line="216" />
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="204" />
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="212" />
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="213" />
        <location filename="../../src/desktop/ui/compare_view.py" line="214" />
        <source>{0} (tkr)</source>
        <translation>{0} (SEK thousands)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="217" />
        <source>Kolumn i rapporten</source>
        <translation>Column in the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="232" />
        <source>Avsnittet saknas.</source>
        <translation>The section is missing.</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <location filename="../../src/desktop/ui/goal_list.py" line="40" />
        <source>Alla mål</source>
        <translation>All goals</translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="66" />
        <source>Målanalys</source>
        <translation>Goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="88" />
        <source>Samma mål i andra års rapporter</source>
        <translation>The same goal in other years' reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="119" />
        <source>Rapporten har ingen målanalys för detta mål.</source>
        <translation>The report has no analysis for this goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="135" />
        <source>Rapporten redovisar nyckeltalen för sig; dessa har liknande lydelse som målet.</source>
        <translation>The report lists its KPIs separately; these are worded like the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="142" />
        <source>Inga nyckeltal är kopplade till målet i rapporten.</source>
        <translation>No KPIs are linked to the goal in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="172" />
        <source>Målet finns bara i denna rapport bland bibliotekets rapporter.</source>
        <translation>Of the library's reports, only this one has the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="179" />
        <source>{0} (visas)</source>
        <translation>{0} (shown)</translation>
    </message>
</context>
<context>
    <name>GoalsOverview</name>
    <message>
        <location filename="../../src/desktop/ui/goals_overview.py" line="98" />
        <source>Alla mål över åren för</source>
        <translation>All goals over the years for</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goals_overview.py" line="100" />
        <source>Dubbelklicka på en ruta för att öppna målet.</source>
        <translation>Double-click a cell to open the goal.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="52" />
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="55" />
        <source>Förbereder import av {0} filer…</source>
        <translation>Preparing to import {0} files…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="64" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="67" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="86" />
        <source>Läser {0} ({1} av {2})</source>
        <translation>Reading {0} ({1} of {2})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="91" />
        <source>Avbryter… inget av det som lästs in sparas.</source>
        <translation>Cancelling… nothing read so far is kept.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="99" />
        <source>Importen avbröts. Biblioteket är oförändrat.</source>
        <translation>Import cancelled. The library is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="103" />
        <source>{0} importerade, {1} fanns redan, {2} misslyckades.</source>
        <translation>{0} imported, {1} already there, {2} failed.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="108" />
        <source>Importerad: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="110" />
        <source>Finns redan i biblioteket: {0}</source>
        <translation>Already in the library: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="113" />
        <source>Misslyckades: {0} – {1}</source>
        <translation>Failed: {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="122" />
        <source>Importen misslyckades: {0}. Biblioteket är oförändrat.</source>
        <translation>The import failed: {0}. The library is unchanged.</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="83" />
        <source>Mål {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="86" />
        <source>Linjen visar det slutliga värdet per år där det finns.</source>
        <translation>The line shows the final value for each year where there is one.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="88" />
        <source>Ofylld punkt: preliminärt värde (delårsrapport).</source>
        <translation>Hollow dot: preliminary value (interim report).</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="92" />
        <source>Grå punkt: ett annat värde för samma år i en annan rapport, t.ex. preliminärt.</source>
        <translation>Grey dot: another value for the same year in another report, e.g. preliminary.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="120" />
        <source>slutligt</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="120" />
        <source>preliminärt</source>
        <translation>preliminary</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="58" />
        <source>Läs rapporten</source>
        <translation>Read the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="63" />
        <source>Mål och nyckeltal</source>
        <translation>Goals and KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="64" />
        <source>Jämför år</source>
        <translation>Compare years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="65" />
        <source>Alla mål över åren</source>
        <translation>All goals over the years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="75" />
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="81" />
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="89" />
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="118" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="121" />
        <source>&amp;Importera rapporter…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="124" />
        <source>&amp;Uppdatera bibliotek…</source>
        <translation>&amp;Update library…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="128" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="132" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="135" />
        <source>Zooma &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="140" />
        <source>Zooma &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="144" />
        <source>&amp;Återställ zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="149" />
        <source>&amp;Sök i rapporten</source>
        <translation>&amp;Search the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="153" />
        <source>Sök i &amp;hela biblioteket</source>
        <translation>Search the &amp;whole library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="157" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="158" />
        <source>&amp;Om Nämndläsaren</source>
        <translation>&amp;About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="166" />
        <source>{0} rapporter i biblioteket</source>
        <translation>{0} reports in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="211" />
        <source>Nämndens mål ({0})</source>
        <translation>The committee's goals ({0})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="321" />
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="323" />
        <source>Rapporter (*.txt *.pdf)</source>
        <translation>Reports (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="355" />
        <source>Välj det nya biblioteket</source>
        <translation>Choose the new library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="355" />
        <source>Bibliotek (*.db)</source>
        <translation>Library (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="363" />
        <source>Om Nämndläsaren</source>
        <translation>About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="365" />
        <source>&lt;h3&gt;Nämndläsaren {0}&lt;/h3&gt;&lt;p&gt;Läs, jämför och kommentera nämndens rapporter, helt utan nätverk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nämndläsaren {0}&lt;/h3&gt;&lt;p&gt;Read, compare and annotate the committee's reports, entirely offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="123" />
        <source>Välj en rapport i biblioteket till vänster.</source>
        <translation>Choose a report in the library on the left.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="211" />
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="51" />
        <source>Sök i rapporter, mål, nyckeltal och anteckningar</source>
        <translation>Search reports, goals, KPIs and notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="52" />
        <source>Bara öppen rapport</source>
        <translation>Open report only</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="89" />
        <source>{0} träffar i {1} rapporter</source>
        <translation>{0} hits in {1} reports</translation>
    </message>
</context>
<context>
    <name>SeriesLinkDialog</name>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="32" />
        <source>Koppling av nyckeltal mellan rapporter</source>
        <translation>Linking KPIs across reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="35" />
        <source>Nämndläsaren räknar namnen nedan som samma nyckeltal i olika rapporter. Bocka ur ett namn som är ett annat nyckeltal, eller lägg till ett nyckeltal som hör hit.</source>
        <translation>Nämndläsaren counts the names below as the same KPI in different reports. Untick a name that is another KPI, or add a KPI that belongs here.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="46" />
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="60" />
        <source>Lägg till nyckeltal i serien:</source>
        <translation>Add a KPI to the series:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/desktop/ui/status_style.py" line="22" />
        <source>Uppnått</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/status_style.py" line="23" />
        <source>Delvis uppnått</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/status_style.py" line="24" />
        <source>Ej uppnått</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/status_style.py" line="25" />
        <source>Förväntas uppnås</source>
        <translation>Expected to be achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/status_style.py" line="26" />
        <source>Förväntas inte uppnås</source>
        <translation>Not expected to be achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/status_style.py" line="27" />
        <source>Ej bedömt</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../src/desktop/ui/library_model.py" line="16" />
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="23" />
        <source>Biblioteket uppdaterades inte</source>
        <translation>The library was not updated</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="30" />
        <source>Nya rapporter: {0}</source>
        <translation>New reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="31" />
        <source>Rättade rapporter: {0}</source>
        <translation>Corrected reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="32" />
        <source>Borttagna rapporter: {0}</source>
        <translation>Removed reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="39" />
        <source>Kunde inte placeras: {0}</source>
        <translation>Could not be placed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="43" />
        <source>Biblioteket är uppdaterat</source>
        <translation>The library is updated</translation>
    </message>
</context>
</TS>