<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AnnotationsController</name>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="38"/>
        <source>Mina anteckningar</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="53"/>
        <source>Markera först text i rapporten.</source>
        <translation>First select text in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="86"/>
        <source>Texten kunde inte hittas i rapporten.</source>
        <translation>The text could not be found in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="190"/>
        <source>Skriv &amp;ut sammanfattning…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="192"/>
        <source>Spara sammanfattning som &amp;PDF…</source>
        <translation>Save summary as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="195"/>
        <source>&amp;Exportera anteckningar…</source>
        <translation>&amp;Export notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="196"/>
        <source>I&amp;mportera anteckningar…</source>
        <translation>I&amp;mport notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="201"/>
        <source>&amp;Anteckna</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="203"/>
        <source>&amp;Markera</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="205"/>
        <source>&amp;Anteckning…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="207"/>
        <source>&amp;Fråga till förvaltningen…</source>
        <translation>&amp;Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="211"/>
        <source>Anteckningar som inte kunde &amp;placeras…</source>
        <translation>Notes that could not be &amp;placed…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="227"/>
        <source>Skriv ut sammanfattning</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="232"/>
        <source>{0} sidor skickade till skrivaren</source>
        <translation>{0} pages sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="240"/>
        <source>Spara sammanfattning som PDF</source>
        <translation>Save summary as PDF</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="241"/>
        <source>Inför mötet.pdf</source>
        <translation>Before the meeting.pdf</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="241"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="250"/>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="274"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="253"/>
        <source>Sammanfattningen ({0} sidor) är sparad i {1}</source>
        <translation>The summary ({0} pages) is saved in {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="264"/>
        <source>Exportera anteckningar</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="265"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="277"/>
        <source>{0} anteckningar exporterade till {1}</source>
        <translation>{0} notes exported to {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="286"/>
        <source>Importera anteckningar</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="287"/>
        <source>Anteckningar (*.json *.jsonld)</source>
        <translation>Notes (*.json *.jsonld)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="296"/>
        <source>Filen kunde inte läsas</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="297"/>
        <source>{0}

Inga anteckningar importerades.</source>
        <translation>{0}

No notes were imported.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="303"/>
        <source>Anteckningar importerade</source>
        <translation>Notes imported</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="304"/>
        <source>{0} anteckningar importerades, {1} fanns redan.</source>
        <translation>{0} notes imported, {1} were already there.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="296"/>
        <source>Läser anteckningarna…</source>
        <translation>Reading the notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="315"/>
        <source>Placerar anteckningarna i rapporterna…</source>
        <translation>Placing the notes in the reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="326"/>
        <source>{0} kunde inte användas och hoppades över:</source>
        <translation>{0} could not be used and were skipped:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="330"/>
        <source>… och {0} till.</source>
        <translation>… and {0} more.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="60"/>
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="62"/>
        <source>med</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="73"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="246"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="74"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="240"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="75"/>
        <source>Ekonomi</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="76"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="127"/>
        <source>Ingen av rapporterna har några mål som kunde läsas ut.</source>
        <translation>Neither report has goals that could be read.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="140"/>
        <source>Målet finns inte i denna rapport.</source>
        <translation>The goal is not in this report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="152"/>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="153"/>
        <source>Borttaget</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="154"/>
        <source>Ändrad bedömning</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="164"/>
        <source>Visa ändringar i analysen</source>
        <translation>Show changes in the analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="167"/>
        <source>Anteckna…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="168"/>
        <source>En anteckning eller fråga om målet, med i utskriften</source>
        <translation>A note or question on the goal, included in the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="171"/>
        <source>Öppna målet</source>
        <translation>Open goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="206"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="207"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="208"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="215"/>
        <source>Ändringar i målanalysen</source>
        <translation>Changes in the goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="221"/>
        <source>Grönt: ny text. Rött och överstruket: borttagen text.</source>
        <translation>Green: new text. Red and struck through: removed text.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="243"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="244"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="270"/>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="245"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="271"/>
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="247"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="266"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="255"/>
        <source>Resultaträkning</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="256"/>
        <source>Per verksamhet</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="267"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="268"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="269"/>
        <source>{0} (tkr)</source>
        <translation>{0} (SEK thousands)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="272"/>
        <source>Kolumner i rapporterna</source>
        <translation>Columns in the reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="181"/>
        <source>Avsnittet saknas.</source>
        <translation>The section is missing.</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <location filename="../../src/desktop/ui/goal_list.py" line="40"/>
        <source>Alla mål</source>
        <translation>All goals</translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="65"/>
        <source>Anteckning om målet…</source>
        <translation>Note on the goal…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="67"/>
        <source>En anteckning eller fråga om målet som helhet, med i utskriften</source>
        <translation>A note or question on the goal as a whole, included in the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="79"/>
        <source>Målanalys</source>
        <translation>Goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="101"/>
        <source>Samma mål i andra års rapporter</source>
        <translation>The same goal in other years&apos; reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="132"/>
        <source>Rapporten har ingen målanalys för detta mål.</source>
        <translation>The report has no analysis for this goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="144"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="146"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="148"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="162"/>
        <source>Rapporten redovisar nyckeltalen för sig; dessa har liknande lydelse som målet.</source>
        <translation>The report lists its KPIs separately; these are worded like the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="169"/>
        <source>Inga nyckeltal är kopplade till målet i rapporten.</source>
        <translation>No KPIs are linked to the goal in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="182"/>
        <source>Anteckning om nyckeltalet…</source>
        <translation>Note on this KPI…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="204"/>
        <source>Målet finns bara i denna rapport bland bibliotekets rapporter.</source>
        <translation>Of the library&apos;s reports, only this one has the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="211"/>
        <source>{0} (visas)</source>
        <translation>{0} (shown)</translation>
    </message>
</context>
<context>
    <name>GoalsOverview</name>
    <message>
        <location filename="../../src/desktop/ui/goals_overview.py" line="98"/>
        <source>Alla mål över åren för</source>
        <translation>All goals over the years for</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goals_overview.py" line="100"/>
        <source>Dubbelklicka på en ruta för att öppna målet.</source>
        <translation>Double-click a cell to open the goal.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="52"/>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="55"/>
        <source>Förbereder import av {0} filer…</source>
        <translation>Preparing to import {0} files…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="64"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="67"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="86"/>
        <source>Läser {0} ({1} av {2})</source>
        <translation>Reading {0} ({1} of {2})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="91"/>
        <source>Avbryter… inget av det som lästs in sparas.</source>
        <translation>Cancelling… nothing read so far is kept.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="99"/>
        <source>Importen avbröts. Biblioteket är oförändrat.</source>
        <translation>Import cancelled. The library is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="103"/>
        <source>{0} importerade, {1} fanns redan, {2} misslyckades.</source>
        <translation>{0} imported, {1} already there, {2} failed.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="108"/>
        <source>Importerad: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="110"/>
        <source>Finns redan i biblioteket: {0}</source>
        <translation>Already in the library: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="113"/>
        <source>Misslyckades: {0} – {1}</source>
        <translation>Failed: {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="122"/>
        <source>Importen misslyckades: {0}. Biblioteket är oförändrat.</source>
        <translation>The import failed: {0}. The library is unchanged.</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="78"/>
        <source>Mål {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="81"/>
        <source>Linjen visar det slutliga värdet per år där det finns.</source>
        <translation>The line shows the final value for each year where there is one.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="83"/>
        <source>Ofylld punkt: preliminärt värde (delårsrapport).</source>
        <translation>Hollow dot: preliminary value (interim report).</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="87"/>
        <source>Grå punkt: ett annat värde för samma år i en annan rapport, t.ex. preliminärt.</source>
        <translation>Grey dot: another value for the same year in another report, e.g. preliminary.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="115"/>
        <source>slutligt</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="115"/>
        <source>preliminärt</source>
        <translation>preliminary</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="59"/>
        <source>Läs rapporten</source>
        <translation>Read the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="64"/>
        <source>Mål och nyckeltal</source>
        <translation>Goals and KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="65"/>
        <source>Jämför år</source>
        <translation>Compare years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="66"/>
        <source>Alla mål över åren</source>
        <translation>All goals over the years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="67"/>
        <source>Mötesförberedelse</source>
        <translation>Meeting preparation</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="77"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="83"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="91"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="123"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="126"/>
        <source>&amp;Importera rapporter…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="129"/>
        <source>&amp;Uppdatera bibliotek…</source>
        <translation>&amp;Update library…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="133"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="137"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="140"/>
        <source>Zooma &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="145"/>
        <source>Zooma &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="149"/>
        <source>&amp;Återställ zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="154"/>
        <source>&amp;Sök i rapporten</source>
        <translation>&amp;Search the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="158"/>
        <source>Sök i &amp;hela biblioteket</source>
        <translation>Search the &amp;whole library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="164"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="165"/>
        <source>&amp;Om Nämndläsaren</source>
        <translation>&amp;About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="171"/>
        <source>S&amp;pråk (gäller vid nästa start)</source>
        <translation>&amp;Language (applies at next start)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="189"/>
        <source>{0} rapporter i biblioteket</source>
        <translation>{0} reports in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="235"/>
        <source>Nämndens mål ({0})</source>
        <translation>The committee&apos;s goals ({0})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="352"/>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="354"/>
        <source>Rapporter (*.txt *.pdf)</source>
        <translation>Reports (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="388"/>
        <source>Välj det nya biblioteket</source>
        <translation>Choose the new library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="388"/>
        <source>Bibliotek (*.db)</source>
        <translation>Library (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="396"/>
        <source>Om Nämndläsaren</source>
        <translation>About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="398"/>
        <source>&lt;h3&gt;Nämndläsaren {0}&lt;/h3&gt;&lt;p&gt;Läs, jämför och kommentera nämndens rapporter, helt utan nätverk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nämndläsaren {0}&lt;/h3&gt;&lt;p&gt;Read, compare and annotate the committee&apos;s reports, entirely offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="92"/>
        <source>Nytt möte…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="94"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="96"/>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="99"/>
        <source>Möte:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="129"/>
        <source>Svaret från förvaltningen, efter mötet…</source>
        <translation>The administration&apos;s answer, after the meeting…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="135"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="138"/>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="159"/>
        <source>Alla frågor</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="179"/>
        <source>Dra för att ändra ordningen. Dubbelklicka för att visa i rapporten.</source>
        <translation>Drag to change the order. Double-click to show in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="183"/>
        <source>{0} frågor. Dra för att ändra ordningen.</source>
        <translation>{0} questions. Drag to change the order.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="186"/>
        <source>Inga frågor till det här mötet ännu. Markera text i en rapport, högerklicka och välj ”Fråga till förvaltningen…”, och välj mötet på frågan.</source>
        <translation>No questions for this meeting yet. Select text in a report, right-click, choose “Question for the administration…” and pick the meeting on the question.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="175"/>
        <source>(frågan är inte skriven ännu)</source>
        <translation>(the question is not written yet)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="42"/>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="44"/>
        <source>t.ex. Socialnämnden 15 december</source>
        <translation>e.g. Social Services Committee 15 December</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="49"/>
        <source>Möte:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="50"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="93"/>
        <location filename="../../src/desktop/ui/notes_panel.py" line="156"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="103"/>
        <source>Visa i rapporten</source>
        <translation>Show in the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="108"/>
        <source>Kunde inte placeras i rapportens nya version</source>
        <translation>Could not be placed in the new version of the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="113"/>
        <source>Skriv din fråga här…</source>
        <translation>Write your question here…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="115"/>
        <source>Skriv en anteckning…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="131"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="138"/>
        <source>Inget möte</source>
        <translation>No meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="156"/>
        <source>Ta bort anteckningen? Det går inte att ångra.</source>
        <translation>Remove the note? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="108"/>
        <source>Om hela rapporten</source>
        <translation>About the whole report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="112"/>
        <source>Taggar: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="30"/>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="31"/>
        <source>Ställd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="32"/>
        <source>Besvarad</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="45"/>
        <source>Markering</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="46"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="47"/>
        <source>Fråga till förvaltningen</source>
        <translation>Question for the administration</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="211"/>
        <source>Öppna en rapport för att se dina anteckningar.</source>
        <translation>Open a report to see your notes.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="215"/>
        <source>Inga anteckningar i rapporten ännu. Markera text och högerklicka för att markera, anteckna eller skriva en fråga.</source>
        <translation>No notes in this report yet. Select text and right-click to highlight, note or write a question.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="220"/>
        <source>{0} anteckningar i rapporten</source>
        <translation>{0} notes in the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="224"/>
        <source>{0} anteckningar kunde inte placeras – visa</source>
        <translation>{0} notes could not be placed – show</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="38"/>
        <source>Anteckningar som inte kunde placeras</source>
        <translation>Notes that could not be placed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="42"/>
        <source>Texten de hörde till finns inte längre i rapportens nuvarande version. Markera rätt ställe i rapporten och välj ”Fäst vid markerad text”, eller behåll dem här – de tas aldrig bort av sig själva.</source>
        <translation>The text they belonged to is no longer in the current version of the report. Select the right place in the report and choose “Attach to selected text”, or keep them here – they are never removed on their own.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="50"/>
        <source>Fäst vid markerad text</source>
        <translation>Attach to selected text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="52"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="73"/>
        <source>Alla anteckningar har sin plats.</source>
        <translation>Every note has its place.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="86"/>
        <source>Markera först texten i rapporten.</source>
        <translation>First select the text in the report.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="176"/>
        <source>Välj en rapport i biblioteket till vänster.</source>
        <translation>Choose a report in the library on the left.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="275"/>
        <source>Markera text för att anteckna</source>
        <translation>Select text to annotate</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="278"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="279"/>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="279"/>
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="280"/>
        <source>Blå</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="280"/>
        <source>Rosa</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="284"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="286"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="290"/>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="314"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="51"/>
        <source>Sök i rapporter, mål, nyckeltal och anteckningar</source>
        <translation>Search reports, goals, KPIs and notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="52"/>
        <source>Bara öppen rapport</source>
        <translation>Open report only</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="89"/>
        <source>{0} träffar i {1} rapporter</source>
        <translation>{0} hits in {1} reports</translation>
    </message>
</context>
<context>
    <name>SeriesLinkDialog</name>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="32"/>
        <source>Koppling av nyckeltal mellan rapporter</source>
        <translation>Linking KPIs across reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="35"/>
        <source>Nämndläsaren räknar namnen nedan som samma nyckeltal i olika rapporter. Bocka ur ett namn som är ett annat nyckeltal, eller lägg till ett nyckeltal som hör hit.</source>
        <translation>Nämndläsaren counts the names below as the same KPI in different reports. Untick a name that is another KPI, or add a KPI that belongs here.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="46"/>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/series_dialog.py" line="60"/>
        <source>Lägg till nyckeltal i serien:</source>
        <translation>Add a KPI to the series:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/desktop/statuses.py" line="25"/>
        <source>Uppnått</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/statuses.py" line="26"/>
        <source>Delvis uppnått</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/statuses.py" line="27"/>
        <source>Ej uppnått</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/statuses.py" line="28"/>
        <source>Förväntas uppnås</source>
        <translation>Expected to be achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/statuses.py" line="29"/>
        <source>Förväntas inte uppnås</source>
        <translation>Not expected to be achieved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/statuses.py" line="30"/>
        <source>Ej bedömt</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>UserDbDialog</name>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="34"/>
        <source>Dina anteckningar är sparade av en nyare version av Nämndläsaren än den här. Uppdatera programmet för att läsa dem.</source>
        <translation>Your notes were saved by a newer version of Nämndläsaren than this one. Update the program to read them.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="38"/>
        <source>Filen med dina anteckningar är skadad och kan inte läsas.</source>
        <translation>The file holding your notes is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="40"/>
        <source>Filen med dina anteckningar kan inte öppnas.</source>
        <translation>The file holding your notes cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="42"/>
        <source>Inget har ändrats i filen.</source>
        <translation>Nothing in the file has been changed.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="48"/>
        <source>Du kan lägga undan den (den finns kvar i samma mapp som {0}.undanlagd-&lt;datum&gt;) och börja med en ny, tom fil.</source>
        <translation>You can set it aside (it stays in the same folder as {0}.undanlagd-&lt;date&gt;) and start with a new, empty file.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="53"/>
        <source>Lägg undan och börja med en ny</source>
        <translation>Set aside and start a new one</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="58"/>
        <source>Du kan också återställa säkerhetskopian från {0}.</source>
        <translation>You can also restore the backup from {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="61"/>
        <source>Återställ säkerhetskopian från {0}</source>
        <translation>Restore the backup from {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="67"/>
        <source>Kontrollera att disken inte är full och att du får skriva i mappen {0}.</source>
        <translation>Check that the disk is not full and that you may write to the folder {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="71"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/userdb_dialog.py" line="89"/>
        <source>Filen kunde inte läggas undan: {0}</source>
        <translation>The file could not be set aside: {0}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../src/desktop/ui/library_model.py" line="16"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="23"/>
        <source>Biblioteket uppdaterades inte</source>
        <translation>The library was not updated</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="30"/>
        <source>Nya rapporter: {0}</source>
        <translation>New reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="31"/>
        <source>Rättade rapporter: {0}</source>
        <translation>Corrected reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="32"/>
        <source>Borttagna rapporter: {0}</source>
        <translation>Removed reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="41"/>
        <source>Kunde inte placeras: {0}</source>
        <translation>Could not be placed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="43"/>
        <source>Biblioteket är uppdaterat</source>
        <translation>The library is updated</translation>
    </message>
</context>
</TS>
