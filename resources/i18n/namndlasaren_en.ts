<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AddToMeetingDialog</name>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="69"/>
        <source>Lägg till i mötet</source>
        <translation>Add to the meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="71"/>
        <source>Bocka för de frågor och anteckningar som ska med till mötet.</source>
        <translation>Tick the questions and notes to bring to the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="86"/>
        <source>Alla frågor och anteckningar hör redan till mötet.</source>
        <translation>All questions and notes already belong to the meeting.</translation>
    </message>
</context>
<context>
    <name>AnnotationsController</name>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="52"/>
        <source>Mina anteckningar</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="61"/>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="248"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="64"/>
        <source>Återställ texten</source>
        <translation>Restore the text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="65"/>
        <source>Visa texten</source>
        <translation>Show the text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="66"/>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="85"/>
        <source>Markera först text i rapporten.</source>
        <translation>First select text in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="119"/>
        <source>Texten kunde inte hittas i rapporten.</source>
        <translation>The text could not be found in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="203"/>
        <source>Dina anteckningar kan inte sparas: {0}. Det du skriver finns kvar här och sparas så snart det går.</source>
        <translation>Your notes cannot be saved: {0}. What you write stays here and is saved as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="208"/>
        <source>En kopia finns i {0}.</source>
        <translation>A copy is in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="233"/>
        <source>Anteckningar som inte är sparade</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="235"/>
        <source>Dina anteckningar kunde inte sparas: {0}.</source>
        <translation>Your notes could not be saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="240"/>
        <source>En kopia av det du skrivit finns i {0} och erbjuds nästa gång du startar Nämndläsaren.</source>
        <translation>A copy of what you wrote is in {0} and will be offered the next time you start Nämndläsaren.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="245"/>
        <source>Ingen kopia kunde sparas heller. Stänger du nu försvinner det du skrivit.</source>
        <translation>No copy could be saved either. If you close now, what you wrote is lost.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="249"/>
        <source>Stäng ändå</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="250"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="263"/>
        <source>Det finns {0} ändring i dina anteckningar som inte kunde sparas förra gången. Vill du återställa den?</source>
        <translation>There is {0} change to your notes that could not be saved last time. Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="265"/>
        <source>Det finns {0} ändringar i dina anteckningar som inte kunde sparas förra gången. Vill du återställa dem?</source>
        <translation>There are {0} changes to your notes that could not be saved last time. Do you want to restore them?</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="278"/>
        <source>Texten är återställd och sparad.</source>
        <translation>The text is restored and saved.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="284"/>
        <source>Text som inte sparades</source>
        <translation>Text that was not saved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="286"/>
        <source>(bara ändrade inställningar)</source>
        <translation>(only changed settings)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="287"/>
        <source>Kopian finns i {0}.</source>
        <translation>The copy is in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="294"/>
        <source>Släng texten</source>
        <translation>Discard the text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="295"/>
        <source>Släng texten som inte kunde sparas förra gången? Det går inte att ångra.</source>
        <translation>Discard the text that could not be saved last time? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="329"/>
        <source>&amp;Förhandsgranska sammanfattning…</source>
        <translation>Print pre&amp;view of summary…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="331"/>
        <source>Skriv &amp;ut sammanfattning…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="333"/>
        <source>Spara sammanfattning som &amp;PDF…</source>
        <translation>Save summary as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="336"/>
        <source>&amp;Exportera anteckningar…</source>
        <translation>&amp;Export notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="338"/>
        <source>I&amp;mportera anteckningar…</source>
        <translation>I&amp;mport notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="343"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="345"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="352"/>
        <source>&amp;Markera</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="360"/>
        <source>&amp;Anteckning…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="362"/>
        <source>&amp;Fråga till förvaltningen…</source>
        <translation>&amp;Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="365"/>
        <source>Anteckningar som inte kunde &amp;placeras…</source>
        <translation>Notes that could not be &amp;placed…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="385"/>
        <source>Mina anteckningar inför mötet</source>
        <translation>My notes for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="386"/>
        <source>Inför {0} {1}</source>
        <translation>For {0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="396"/>
        <source>Skriv ut sammanfattning</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="401"/>
        <source>{0} sida skickad till skrivaren</source>
        <translation>{0} page sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="402"/>
        <source>{0} sidor skickade till skrivaren</source>
        <translation>{0} pages sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="416"/>
        <source>Förhandsgranska sammanfattning</source>
        <translation>Print preview of the summary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="428"/>
        <source>Spara sammanfattning som PDF</source>
        <translation>Save summary as PDF</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="429"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="437"/>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="461"/>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="495"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="440"/>
        <source>Sammanfattningen ({0} sida) är sparad i {1}</source>
        <translation>The summary ({0} page) is saved in {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="441"/>
        <source>Sammanfattningen ({0} sidor) är sparad i {1}</source>
        <translation>The summary ({0} pages) is saved in {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="451"/>
        <source>Exportera anteckningar</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="452"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="464"/>
        <source>{0} anteckning exporterad till {1}</source>
        <translation>{0} note exported to {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="465"/>
        <source>{0} anteckningar exporterade till {1}</source>
        <translation>{0} notes exported to {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="474"/>
        <source>Importera anteckningar</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="475"/>
        <source>Anteckningar (*.json *.jsonld)</source>
        <translation>Notes (*.json *.jsonld)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="503"/>
        <source>Filen kunde inte läsas</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="504"/>
        <source>{0}

Inga anteckningar importerades.</source>
        <translation>{0}

No notes were imported.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="496"/>
        <source>Anteckningarna kunde inte sparas: {0}. Inga anteckningar importerades.</source>
        <translation>The notes could not be saved: {0}. No notes were imported.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="522"/>
        <source>Anteckningar importerade</source>
        <translation>Notes imported</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="511"/>
        <source>{0} anteckningar importerades, {1} fanns redan.</source>
        <translation>{0} notes imported, {1} were already there.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="480"/>
        <source>Läser anteckningarna…</source>
        <translation>Reading the notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="507"/>
        <source>Placerar anteckningarna i rapporterna…</source>
        <translation>Placing the notes in the reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="517"/>
        <source>{0} kunde inte användas och hoppades över:</source>
        <translation>{0} could not be used and were skipped:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="521"/>
        <source>… och {0} till.</source>
        <translation>… and {0} more.</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="122"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="142"/>
        <source>Ändra</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="156"/>
        <source>Ta bort {0}</source>
        <translation>Remove {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="203"/>
        <source>disken är full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="204"/>
        <source>filen eller mappen är skrivskyddad</source>
        <translation>the file or folder is read-only</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="205"/>
        <source>filen går inte att nå (är disken eller USB-minnet borta?)</source>
        <translation>the file cannot be reached (is the disk or USB stick gone?)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_model.py" line="206"/>
        <source>ett annat program använder filen</source>
        <translation>another program is using the file</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="81"/>
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="83"/>
        <source>med</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="85"/>
        <source>Gula rader: något att fråga om</source>
        <translation>Yellow rows: something worth asking about</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="88"/>
        <source>Håll pekaren över namnet för att läsa vad; dubbelklicka för att öppna det i Att fråga om</source>
        <translation>Hold the pointer over the name to read what; double-click to open it in Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="106"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="357"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="107"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="351"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="108"/>
        <source>Ekonomi</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="109"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="197"/>
        <source>Ingen av rapporterna har några mål som kunde läsas ut.</source>
        <translation>Neither report has goals that could be read.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="207"/>
        <source>Målet finns inte i denna rapport.</source>
        <translation>The goal is not in this report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="225"/>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="226"/>
        <source>Borttaget</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="227"/>
        <source>Ändrad bedömning</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="237"/>
        <source>Visa ändringar i analysen</source>
        <translation>Show changes in the analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="240"/>
        <source>Anteckna…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="241"/>
        <source>En anteckning eller fråga om målet, med i utskriften</source>
        <translation>A note or question on the goal, included in the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="244"/>
        <source>Öppna målet</source>
        <translation>Open goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="267"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="280"/>
        <source>Visa hela texten ({0} tecken)</source>
        <translation>Show the whole text ({0} characters)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="279"/>
        <source>Visa mindre</source>
        <translation>Show less</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="288"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="289"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="290"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="297"/>
        <source>Ändringar i målanalysen</source>
        <translation>Changes in the goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="303"/>
        <source>Grönt: ny text. Rött och överstruket: borttagen text.</source>
        <translation>Green: new text. Red and struck through: removed text.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="321"/>
        <source>procentenheter</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="354"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="355"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="393"/>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="356"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="394"/>
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="358"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="389"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="361"/>
        <source>Rättat</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="368"/>
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="368"/>
        <source>antal</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="369"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="375"/>
        <source>Resultaträkning</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="376"/>
        <source>Per verksamhet</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="390"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="391"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="392"/>
        <source>{0} (tkr)</source>
        <translation>{0} (SEK thousands)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="395"/>
        <source>Kolumner i rapporterna</source>
        <translation>Columns in the reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="252"/>
        <source>Avsnittet saknas.</source>
        <translation>The section is missing.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="23"/>
        <source>rättat</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="30"/>
        <source>dig</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="32"/>
        <source>dig ({0})</source>
        <translation>you ({0})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="35"/>
        <source>nämndsekreteraren</source>
        <translation>the committee secretary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="37"/>
        <source>nämndsekreteraren {0}</source>
        <translation>the committee secretary {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="51"/>
        <source>årsbokslut</source>
        <translation>annual report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="53"/>
        <source>delårsrapport</source>
        <translation>interim report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="58"/>
        <source>(ingen nivå ovanför)</source>
        <translation>(no level above)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="62"/>
        <source>nyckeltalstabell</source>
        <translation>KPI table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="62"/>
        <source>ekonomitabell</source>
        <translation>finance table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="63"/>
        <source>varken eller</source>
        <translation>neither</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="77"/>
        <source>Tillagt av {0} {1}: fanns inte i det som lästes ut ur rapporten</source>
        <translation>Added by {0} {1}: not among what was read from the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="81"/>
        <source>Rättat av {0} {1}: {2} (i rapporten: {3})</source>
        <translation>Corrected by {0} {1}: {2} (in the report: {3})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="96"/>
        <source>Din egen rättelse gäller i ditt exemplar; sekreterarens står ovan.</source>
        <translation>Your own correction applies in your copy; the secretary's is shown above.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="101"/>
        <source>Värdet skiljer sig från den tryckta rapporten.</source>
        <translation>The value differs from the printed report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="107"/>
        <source>Rapportens {0}</source>
        <translation>The report's {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="108"/>
        <source>Rapporten borttagen ur biblioteket</source>
        <translation>Report removed from the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="109"/>
        <source>Mål tillagt: ”{0}”</source>
        <translation>Goal added: “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="110"/>
        <source>Mål borttaget: ”{0}”</source>
        <translation>Goal removed: “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="111"/>
        <source>Målet ”{0}”: {1}</source>
        <translation>The goal “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="112"/>
        <source>Tabellen ”{0}”: {1}</source>
        <translation>The table “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="113"/>
        <source>Nyckeltalet ”{0}”: {1}</source>
        <translation>The KPI “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="114"/>
        <source>Nyckeltalet ”{0}” hör till serien ”{1}”</source>
        <translation>The KPI “{0}” belongs to the series “{1}”</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="117"/>
        <source>kommun</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="118"/>
        <source>nämnd</source>
        <translation>committee</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="119"/>
        <source>rapporttyp</source>
        <translation>report type</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="120"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="121"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="122"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="123"/>
        <source>nivå</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="124"/>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="125"/>
        <source>enhet</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="126"/>
        <source>målvärde</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="127"/>
        <source>värde</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="170"/>
        <source>gäller</source>
        <translation>applies</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="171"/>
        <source>gäller (rapporten läses redan så)</source>
        <translation>applies (the report is already read so)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="172"/>
        <source>hittar inte sitt mål</source>
        <translation>does not find what it corrects</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="173"/>
        <source>målet är borttaget</source>
        <translation>its target was removed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/corrections/wording.py" line="174"/>
        <source>kan inte användas</source>
        <translation>cannot be used</translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../../src/desktop/ui/corrections_controller.py" line="54"/>
        <source>&amp;Granska rapporten…</source>
        <translation>&amp;Review the report…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/corrections_controller.py" line="60"/>
        <source>Allt som lästes ut ur rapporten bredvid originalet, för att rätta det</source>
        <translation>Everything read from the report beside the original, to correct it</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/corrections_controller.py" line="100"/>
        <source>Granska rapporten…</source>
        <translation>Review the report…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/corrections_controller.py" line="102"/>
        <source>Ta bort ur biblioteket…</source>
        <translation>Remove from the library…</translation>
    </message>
</context>
<context>
    <name>FlagMarker</name>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="152"/>
        <source>Att fråga om</source>
        <translation>Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="154"/>
        <source>Att fråga om ({0})</source>
        <translation>Worth asking ({0})</translation>
    </message>
</context>
<context>
    <name>FlagSettingsDialog</name>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="552"/>
        <source>Inställningar för Att fråga om</source>
        <translation>Settings for Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="571"/>
        <source>En avvikelse mot budget visas när den är större än båda: andelen av budgeten och beloppet.</source>
        <translation>A deviation from the budget is shown when it is larger than both: the share of the budget and the amount.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="576"/>
        <source>Andel av budgeten:</source>
        <translation>Share of the budget:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="577"/>
        <source>Belopp:</source>
        <translation>Amount:</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="59"/>
        <source>Bedömningen och nyckeltalen</source>
        <translation>Assessment and KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="60"/>
        <source>Ett värde som ändrats</source>
        <translation>A value that changed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="61"/>
        <source>Texten och siffrorna</source>
        <translation>Text and figures</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="62"/>
        <source>En summa som inte stämmer</source>
        <translation>A sum that does not add up</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="63"/>
        <source>Avvikelse mot budget</source>
        <translation>Deviation from the budget</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="64"/>
        <source>Borta eller omdöpt sedan förra året</source>
        <translation>Gone or renamed since last year</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="65"/>
        <source>Bort från målet tre år i rad</source>
        <translation>Away from the target three years running</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="126"/>
        <source>fråga skapad</source>
        <translation>question made</translation>
    </message>
</context>
<context>
    <name>FlagsView</name>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="198"/>
        <source>Visa det som rör rapporten du läser, eller alla rapporter</source>
        <translation>Show what concerns the report you are reading, or every report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="200"/>
        <source>Visa bara ett slag</source>
        <translation>Show one kind only</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="202"/>
        <source>Visa bara en nämnds rapporter</source>
        <translation>Show one committee's reports only</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="208"/>
        <source>Inställningar…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="210"/>
        <source>Vilka slag som visas, och hur stor en avvikelse mot budget ska vara</source>
        <translation>Which kinds are shown, and how large a deviation from the budget must be</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="214"/>
        <source>Visa:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="245"/>
        <source>Underlag – klicka för att öppna rapporten där</source>
        <translation>Evidence – click to open the report there</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="248"/>
        <source>Fråga att ställa</source>
        <translation>Question to ask</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="251"/>
        <source>Frågan, som du vill ställa den</source>
        <translation>The question, as you want to ask it</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="254"/>
        <source>Mötet frågan ska med till</source>
        <translation>The meeting the question is for</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="255"/>
        <source>Gör till en fråga</source>
        <translation>Make it a question</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="257"/>
        <source>Frågan sparas bland dina anteckningar, förankrad i underlaget, och kommer med i mötesförberedelsen och utskriften</source>
        <translation>The question is saved with your notes, anchored on the evidence, and goes into the meeting preparation and the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="264"/>
        <source>Till möte:</source>
        <translation>For meeting:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="317"/>
        <source>Rapporten du läser</source>
        <translation>The report you are reading</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="318"/>
        <source>Hela biblioteket</source>
        <translation>The whole library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="323"/>
        <source>Alla slag</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="329"/>
        <source>Alla nämnder</source>
        <translation>Every committee</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="343"/>
        <source>Inget möte än</source>
        <translation>No meeting yet</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="389"/>
        <source>i biblioteket</source>
        <translation>In the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="392"/>
        <source>{0} sak att fråga om</source>
        <translation>{0} thing worth asking about</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="392"/>
        <source>{0} saker att fråga om</source>
        <translation>{0} things worth asking about</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="395"/>
        <source>{0} – {1}. Varje punkt har underlag du kan öppna.</source>
        <translation>{0} – {1}. Each one has evidence you can open.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="399"/>
        <source>{0}: Nämndläsaren hittade inget att fråga om. Det betyder inte att allt stämmer – en kontroll säger bara något när den kan visa underlag.</source>
        <translation>{0}: Nämndläsaren found nothing worth asking about. That does not mean everything adds up – a check only speaks when it can show evidence.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="405"/>
        <source>Några slag är avstängda under Inställningar.</source>
        <translation>Some kinds are switched off in Settings.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="472"/>
        <source>s. {0}</source>
        <translation>p. {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="474"/>
        <source>Rapporten skriver</source>
        <translation>The report says</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="475"/>
        <source>Bedömningen</source>
        <translation>The assessment</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="476"/>
        <source>Målanalysen</source>
        <translation>The goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="477"/>
        <source>Summan</source>
        <translation>The total</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="482"/>
        <source>Öppna rapporten vid stället</source>
        <translation>Open the report at the place</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="501"/>
        <source>Frågan finns bland dina frågor, till mötet {0}.</source>
        <translation>The question is among your questions, for the meeting {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/flags_view.py" line="503"/>
        <source>Frågan finns bland dina frågor (inget möte valt än).</source>
        <translation>The question is among your questions (no meeting chosen yet).</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <location filename="../../src/desktop/ui/goal_list.py" line="41"/>
        <source>Rapportens mål</source>
        <translation>The report's goals</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_list.py" line="44"/>
        <source>Visa bara mål med en viss bedömning</source>
        <translation>Show only goals with a given assessment</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_list.py" line="45"/>
        <source>Alla mål</source>
        <translation>All goals</translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="97"/>
        <source>Anteckning om målet…</source>
        <translation>Note on the goal…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="99"/>
        <source>En anteckning eller fråga om målet som helhet, med i utskriften</source>
        <translation>A note or question on the goal as a whole, included in the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="104"/>
        <source>Visa originalsidan</source>
        <translation>Show the original page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="106"/>
        <source>Sidan i rapportens PDF där målet står, med målet markerat</source>
        <translation>The page of the report's PDF where the goal stands, with the goal highlighted</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="123"/>
        <source>Målanalys</source>
        <translation>Goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="161"/>
        <source>Samma mål i andra års rapporter</source>
        <translation>The same goal in other years' reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="198"/>
        <source>{0} har inga mål som Nämndläsaren kunde läsa ut. Välj en annan rapport i biblioteket, eller läs rapporten under ”Läs rapporten”.</source>
        <translation>{0} has no goals Nämndläsaren could read. Choose another report in the library, or read the report under “Read the report”.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="240"/>
        <source>{0} · i rapporten: {1}</source>
        <translation>{0} · in the report: {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="241"/>
        <source>ingen bedömning</source>
        <translation>no assessment</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="250"/>
        <source>Rapporten har ingen målanalys för detta mål.</source>
        <translation>The report has no analysis for this goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="273"/>
        <source>Visa anteckningen</source>
        <translation>Show the note</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="304"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="306"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="308"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="322"/>
        <source>Rapporten redovisar nyckeltalen för sig; dessa har liknande lydelse som målet.</source>
        <translation>The report lists its KPIs separately; these are worded like the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="330"/>
        <source>Inga nyckeltal är kopplade till målet i rapporten.</source>
        <translation>No KPIs are linked to the goal in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="347"/>
        <source>Visa i Att fråga om</source>
        <translation>Show in Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="364"/>
        <source>Anteckning om nyckeltalet…</source>
        <translation>Note on this KPI…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="413"/>
        <source>Målet finns bara i denna rapport bland bibliotekets rapporter.</source>
        <translation>Of the library's reports, only this one has the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="420"/>
        <source>{0} (visas)</source>
        <translation>{0} (shown)</translation>
    </message>
</context>
<context>
    <name>GoalsOverview</name>
    <message>
        <location filename="../../src/desktop/ui/goals_overview.py" line="120"/>
        <source>Alla mål över åren för</source>
        <translation>All goals over the years for</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goals_overview.py" line="122"/>
        <source>Dubbelklicka på en ruta för att öppna målet.</source>
        <translation>Double-click a cell to open the goal.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="68"/>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="71"/>
        <source>Förbereder import av {0} filer…</source>
        <translation>Preparing to import {0} files…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="81"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="85"/>
        <source>Granska rapporten…</source>
        <translation>Review the report…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="89"/>
        <source>Se allt som lästes ut ur den valda rapporten bredvid originalet, och rätta det</source>
        <translation>See everything read from the chosen report beside the original, and correct it</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="98"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="117"/>
        <source>Läser {0} ({1} av {2})</source>
        <translation>Reading {0} ({1} of {2})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="122"/>
        <source>Avbryter… inget av det som lästs in sparas.</source>
        <translation>Cancelling… nothing read so far is kept.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="130"/>
        <source>Importen avbröts. Biblioteket är oförändrat.</source>
        <translation>Import cancelled. The library is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="134"/>
        <source>{0} importerade, {1} fanns redan, {2} misslyckades.</source>
        <translation>{0} imported, {1} already there, {2} failed.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="158"/>
        <source>Importerad: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="145"/>
        <source>Finns redan i biblioteket: {0}</source>
        <translation>Already in the library: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="149"/>
        <source>Misslyckades: {0} – {1}</source>
        <translation>Failed: {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="164"/>
        <source>Känd layout: {0}</source>
        <translation>Known layout: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="165"/>
        <source>{0} mål, {1} nyckeltal ({2} värden), {3} ekonomirader</source>
        <translation>{0} goals, {1} KPIs ({2} values), {3} finance rows</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="170"/>
        <source>Varning: {0}</source>
        <translation>Warning: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/import_dialog.py" line="193"/>
        <source>Importen misslyckades: {0}. Biblioteket är oförändrat.</source>
        <translation>The import failed: {0}. The library is unchanged.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="24"/>
        <source>Markering</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="26"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="29"/>
        <source>Fråga till förvaltningen</source>
        <translation>Question for the administration</translation>
    </message>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="38"/>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="39"/>
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="40"/>
        <source>Blå</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../src/desktop/annotate/kinds.py" line="41"/>
        <source>Rosa</source>
        <translation>Pink</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="94"/>
        <source>Slutligt värde (årsbokslut)</source>
        <translation>Final value (annual report)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="96"/>
        <source>Preliminärt värde (delårsrapport)</source>
        <translation>Preliminary value (interim report)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="97"/>
        <source>Annat värde för samma år</source>
        <translation>Another value for the same year</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="101"/>
        <source>Mål {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="118"/>
        <source>Obs! Axeln börjar inte på noll.</source>
        <translation>Note: the axis does not start at zero.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="119"/>
        <source>Linjen visar det slutliga värdet per år där det finns.</source>
        <translation>The line shows the final value for each year where there is one.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="121"/>
        <source>Rapporterna anger inget målvärde för nyckeltalet.</source>
        <translation>The reports give no target value for this KPI.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="163"/>
        <source>Rättat värde</source>
        <translation>Corrected value</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="166"/>
        <source>slutligt</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="166"/>
        <source>preliminärt</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="175"/>
        <source>dagar</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../src/desktop/ui/library_model.py" line="17"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="142"/>
        <source>Läs rapporten</source>
        <translation>Read the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="116"/>
        <source>Mål och nyckeltal</source>
        <translation>Goals and KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="117"/>
        <source>Jämför år</source>
        <translation>Compare years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="118"/>
        <source>Alla mål över åren</source>
        <translation>All goals over the years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="119"/>
        <source>Mötesförberedelse</source>
        <translation>Meeting preparation</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="163"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="169"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="176"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="277"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="278"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="279"/>
        <source>&amp;Anteckna</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="285"/>
        <source>&amp;Importera rapporter…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="298"/>
        <source>&amp;Uppdatera bibliotek…</source>
        <translation>&amp;Update library…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="301"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="280"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="313"/>
        <source>&amp;Sök i rapporten</source>
        <translation>&amp;Search the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="318"/>
        <source>Sök i &amp;hela biblioteket</source>
        <translation>Search the &amp;whole library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="281"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="120"/>
        <source>Att fråga om</source>
        <translation>Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="288"/>
        <source>&amp;Kopiera PDF-filer till biblioteket</source>
        <translation>&amp;Copy PDF files into the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="294"/>
        <source>På: originalsidorna kan visas även om PDF-filen flyttas eller tas bort. Av: bara var filen ligger sparas, och sidorna visas så länge den finns kvar där.</source>
        <translation>On: the original pages can be shown even if the PDF file is moved or deleted. Off: only where the file is kept is saved, and its pages are shown for as long as it stays there.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="304"/>
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="307"/>
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="309"/>
        <source>Normal textstorlek</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="320"/>
        <source>&amp;Nästa träff</source>
        <translation>&amp;Next match</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="322"/>
        <source>&amp;Föregående träff</source>
        <translation>&amp;Previous match</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="325"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="327"/>
        <source>&amp;Om Nämndläsaren</source>
        <translation>&amp;About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="333"/>
        <source>S&amp;pråk (gäller vid nästa start)</source>
        <translation>&amp;Language (applies at next start)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="352"/>
        <source>{0} rapport i biblioteket</source>
        <translation>{0} report in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="353"/>
        <source>{0} rapporter i biblioteket</source>
        <translation>{0} reports in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="434"/>
        <source>Nämndens mål ({0})</source>
        <translation>The committee's goals ({0})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="547"/>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="549"/>
        <source>Rapporter (*.txt *.pdf)</source>
        <translation>Reports (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="592"/>
        <source>Välj det nya biblioteket</source>
        <translation>Choose the new library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="592"/>
        <source>Bibliotek (*.db)</source>
        <translation>Library (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="600"/>
        <source>Om Nämndläsaren</source>
        <translation>About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="602"/>
        <source>&lt;h3&gt;Nämndläsaren {0}&lt;/h3&gt;&lt;p&gt;Läs, jämför och kommentera nämndens rapporter, helt utan nätverk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nämndläsaren {0}&lt;/h3&gt;&lt;p&gt;Read, compare and annotate the committee's reports, entirely offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="137"/>
        <source>Nytt möte…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="139"/>
        <source>Lägg till frågor och anteckningar…</source>
        <translation>Add questions and notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="141"/>
        <source>Förhandsgranska…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="143"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="145"/>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="152"/>
        <source>Möte:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="187"/>
        <source>Svaret från förvaltningen, efter mötet…</source>
        <translation>The administration's answer, after the meeting…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="193"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="197"/>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="219"/>
        <source>Alla frågor</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="251"/>
        <source>Dra för att ändra ordningen. Dubbelklicka för att visa i rapporten.</source>
        <translation>Drag to change the order. Double-click to show in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="258"/>
        <source>{0} fråga</source>
        <translation>{0} question</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="258"/>
        <source>{0} frågor</source>
        <translation>{0} questions</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="260"/>
        <source>{0} anteckning</source>
        <translation>{0} note</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="261"/>
        <source>{0} anteckningar</source>
        <translation>{0} notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="262"/>
        <source>{0}. Dra för att ändra ordningen.</source>
        <translation>{0}. Drag to change the order.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="266"/>
        <source>Inga frågor till det här mötet ännu. Markera text i en rapport, högerklicka och välj ”Fråga till förvaltningen…”, och välj mötet på frågan – eller lägg till frågor du redan skrivit med ”Lägg till frågor och anteckningar…”.</source>
        <translation>No questions for this meeting yet. Select text in a report, right-click and choose “Question for the administration…”, then choose the meeting on the question – or add questions you have already written with “Add questions and notes…”.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="307"/>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="333"/>
        <source>Lägg till i mötet</source>
        <translation>Add to the meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="244"/>
        <source>(frågan är inte skriven ännu)</source>
        <translation>(the question is not written yet)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="46"/>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="48"/>
        <source>t.ex. Socialnämnden 15 december</source>
        <translation>e.g. Social Services Committee 15 December</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="53"/>
        <source>Möte:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/meeting_view.py" line="54"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="139"/>
        <source>Ta bort (Redigera → Ångra tar tillbaka den)</source>
        <translation>Remove (Edit → Undo brings it back)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="146"/>
        <source>Visa i rapporten</source>
        <translation>Show in the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="157"/>
        <source>Kunde inte placeras i rapportens nya version</source>
        <translation>Could not be placed in the new version of the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="163"/>
        <source>Skriv din fråga här…</source>
        <translation>Write your question here…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="165"/>
        <source>Skriv en anteckning…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="177"/>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="187"/>
        <source>Ändra färg</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="196"/>
        <source>Mötet den här anteckningen ska med till</source>
        <translation>The meeting this note is for</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="198"/>
        <source>Välj möte</source>
        <translation>Choose meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="236"/>
        <source>Inget möte</source>
        <translation>No meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="149"/>
        <source>Om hela rapporten</source>
        <translation>About the whole report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="220"/>
        <source>Taggar: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="33"/>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="34"/>
        <source>Ställd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="35"/>
        <source>Besvarad</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="314"/>
        <source>Öppna en rapport för att se dina anteckningar.</source>
        <translation>Open a report to see your notes.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="318"/>
        <source>Inga anteckningar i rapporten ännu. Markera text och högerklicka för att markera, anteckna eller skriva en fråga.</source>
        <translation>No notes in this report yet. Select text and right-click to highlight, note or write a question.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="323"/>
        <source>{0} anteckning i rapporten</source>
        <translation>{0} note in the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="324"/>
        <source>{0} anteckningar i rapporten</source>
        <translation>{0} notes in the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="328"/>
        <source>{0} anteckning kunde inte placeras – visa</source>
        <translation>{0} note could not be placed – show</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/notes_panel.py" line="329"/>
        <source>{0} anteckningar kunde inte placeras – visa</source>
        <translation>{0} notes could not be placed – show</translation>
    </message>
</context>
<context>
    <name>OriginalPage</name>
    <message>
        <location filename="../../src/desktop/ui/original_page.py" line="35"/>
        <source>Originalsidan</source>
        <translation>Original page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/original_page.py" line="40"/>
        <source>Visa &amp;originalsidan</source>
        <translation>Show the &amp;original page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/original_page.py" line="43"/>
        <source>Sidan i PDF-filen som det du läser kommer från, med stället markerat</source>
        <translation>The page of the PDF file that what you are reading comes from, with the place highlighted</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/original_page.py" line="62"/>
        <source>Öppna en rapport först.</source>
        <translation>Open a report first.</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="37"/>
        <source>Anteckningar som inte kunde placeras</source>
        <translation>Notes that could not be placed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="41"/>
        <source>Texten de hörde till finns inte längre i rapportens nuvarande version. Markera rätt ställe i rapporten och välj ”Fäst vid markerad text”, eller behåll dem här – de tas aldrig bort av sig själva.</source>
        <translation>The text they belonged to is no longer in the current version of the report. Select the right place in the report and choose “Attach to selected text”, or keep them here – they are never removed on their own.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="49"/>
        <source>Fäst vid markerad text</source>
        <translation>Attach to selected text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="51"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="52"/>
        <source>Redigera → Ångra tar tillbaka den</source>
        <translation>Edit → Undo brings it back</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="74"/>
        <source>Alla anteckningar har sin plats.</source>
        <translation>Every note has its place.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/orphans_dialog.py" line="87"/>
        <source>Markera först texten i rapporten.</source>
        <translation>First select the text in the report.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="97"/>
        <source>Föregående sida (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="100"/>
        <location filename="../../src/desktop/ui/page_view.py" line="120"/>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="104"/>
        <source>Nästa sida (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="106"/>
        <source>Förminska sidan</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="109"/>
        <source>Förstora sidan</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="112"/>
        <source>Anpassa bredd</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="115"/>
        <source>Sidan fyller panelens bredd</source>
        <translation>The page fills the panel's width</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="149"/>
        <location filename="../../src/desktop/ui/page_view.py" line="165"/>
        <source>Välj ett avsnitt, ett mål eller en träff och välj Visa originalsidan.</source>
        <translation>Pick a section, a goal or a search hit and choose Show the original page.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="237"/>
        <source>Rapporten är en textfil och har inga originalsidor att visa. Texten i läsaren är rapporten som den lästes in.</source>
        <translation>The report is a text file and has no original pages to show. The text in the reader is the report as it was imported.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="245"/>
        <source>PDF-filen finns inte i biblioteket</source>
        <translation>The PDF file is not in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="248"/>
        <source>Originalsidorna kan inte visas: {0}</source>
        <translation>The original pages cannot be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="254"/>
        <source>av {0}</source>
        <translation>of {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/page_view.py" line="305"/>
        <source>Sidan kunde inte visas: {0}</source>
        <translation>The page could not be shown: {0}</translation>
    </message>
</context>
<context>
    <name>Plain</name>
    <message>
        <location filename="../../src/desktop/ui/plain.py" line="39"/>
        <source>Okänd nämnd</source>
        <translation>Unknown committee</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="369"/>
        <source>Välj en rapport i biblioteket till vänster.</source>
        <translation>Choose a report in the library on the left.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="683"/>
        <source>Markera text för att anteckna</source>
        <translation>Select text to annotate</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="688"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="694"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="696"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="700"/>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="704"/>
        <source>Visa originalsidan</source>
        <translation>Show the original page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="728"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="100"/>
        <source>Mitt eget exemplar</source>
        <translation>My own copy</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="101"/>
        <source>Alla ledamöter (biblioteket jag delar ut)</source>
        <translation>All members (the library I hand out)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="103"/>
        <source>Dina egna rättelser sparas hos dig och följer med när biblioteket uppdateras. Sekreterarens sparas i biblioteket och delas ut med det.</source>
        <translation>Your own corrections are kept on your computer and stay when the library is updated. The secretary's are kept in the library and handed out with it.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="109"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="113"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="116"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="128"/>
        <source>Ta bort rapporten ur biblioteket…</source>
        <translation>Remove the report from the library…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="131"/>
        <source>Rätta för:</source>
        <translation>Correct for:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="143"/>
        <source>Del av rapporten</source>
        <translation>Part of the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="144"/>
        <source>Läst ut</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="145"/>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="146"/>
        <source>Att se över</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="162"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="162"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="162"/>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="167"/>
        <source>Ta tillbaka rättelsen</source>
        <translation>Withdraw the correction</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="170"/>
        <source>Rättelser</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="192"/>
        <source>Lägg till markerad text som mål</source>
        <translation>Add the selected text as a goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="195"/>
        <source>Markera målets titel i texten; det läggs till som ett mål i rapporten</source>
        <translation>Select the goal's title in the text; it is added as a goal of the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="206"/>
        <source>Originalsidan</source>
        <translation>Original page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="207"/>
        <source>Texten</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="232"/>
        <source>Välj något i listan för att se det i rapporten och rätta det.</source>
        <translation>Choose something in the list to see it in the report and correct it.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="242"/>
        <source>Årsbokslut</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="243"/>
        <source>Delårsrapport</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="247"/>
        <source>Rätta</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="251"/>
        <location filename="../../src/desktop/ui/review_view.py" line="469"/>
        <source>Rapporttyp</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="252"/>
        <source>Periodens slut</source>
        <translation>End of period</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="261"/>
        <source>Rätta titeln</source>
        <translation>Correct the title</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="270"/>
        <source>Välj den status vars färg står vid målet på originalsidan</source>
        <translation>Choose the status whose colour stands beside the goal on the original page</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="278"/>
        <source>Överordnade mål, åtskilda med ›</source>
        <translation>Goals above, separated by ›</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="281"/>
        <source>Rätta nivån</source>
        <translation>Correct the level</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="284"/>
        <source>Ta bort målet</source>
        <translation>Remove the goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="286"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="289"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="297"/>
        <source>Nyckeltalstabell</source>
        <translation>KPI table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="298"/>
        <source>Ekonomitabell: resultaträkning</source>
        <translation>Finance table: income statement</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="299"/>
        <source>Ekonomitabell: resultat per verksamhet</source>
        <translation>Finance table: result per unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="300"/>
        <source>Varken nyckeltal eller ekonomi</source>
        <translation>Neither KPIs nor finance</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="306"/>
        <source>Läs tabellen som</source>
        <translation>Read the table as</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="315"/>
        <source>Rätta namnet</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="327"/>
        <source>inget målvärde</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="330"/>
        <source>Rätta målvärdet</source>
        <translation>Correct the target</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="334"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="334"/>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="347"/>
        <source>Samma nyckeltal heter olika i olika års rapporter: välj namnet det har i de andra, så blir de en serie</source>
        <translation>The same KPI has different names in different years' reports: choose the name it has in the others, and they become one series</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="352"/>
        <source>För samman</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="355"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="356"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="357"/>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="358"/>
        <source>Värden</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="359"/>
        <source>Samma serie som</source>
        <translation>Same series as</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="363"/>
        <source>En rad i en ekonomitabell. Rätta hur tabellen läses på tabellen ovanför.</source>
        <translation>A row of a finance table. Correct how the table is read on the table above.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="369"/>
        <source>procent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="369"/>
        <source>antal</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="370"/>
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="370"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="370"/>
        <source>tkr</source>
        <translation>SEK thousand</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="371"/>
        <source>annan</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="385"/>
        <source>Rapporten finns inte i biblioteket.</source>
        <translation>The report is not in the library.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="390"/>
        <source>Granska: {0}</source>
        <translation>Review: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="392"/>
        <source>Läst med de allmänna reglerna: ingen känd layout passade rapporten.</source>
        <translation>Read by the general rules: no known layout fitted the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="394"/>
        <source>Läst med layouten {0}.</source>
        <translation>Read with the layout {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="397"/>
        <source>Varning: {0}</source>
        <translation>Warning: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="433"/>
        <source>osäkert: {0} av {1} rader</source>
        <translation>unsure: {0} of {1} rows</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="454"/>
        <source>osäkert: {0}</source>
        <translation>unsure: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="458"/>
        <source>rättat</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="468"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="468"/>
        <source>Nämnd</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="469"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="472"/>
        <source>{0} (slutar {1})</source>
        <translation>{0} (ends {1})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="475"/>
        <source>Mål: {0}</source>
        <translation>Goal: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="478"/>
        <source>nyckeltalstabell, {0} nyckeltal</source>
        <translation>KPI table, {0} KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="479"/>
        <source>ekonomitabell, {0} rader</source>
        <translation>finance table, {0} rows</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="480"/>
        <source>varken nyckeltal eller ekonomi</source>
        <translation>neither KPIs nor finance</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="484"/>
        <source>Tabell: {0}</source>
        <translation>Table: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="488"/>
        <source>Nyckeltal: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="488"/>
        <source>inga värden</source>
        <translation>no values</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="491"/>
        <source>Ekonomirad: {0}</source>
        <translation>Finance row: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="506"/>
        <source>Sekreterarens rättelse: {0}</source>
        <translation>The secretary's correction: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="510"/>
        <source>Rättelser ({0})</source>
        <translation>Corrections ({0})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="512"/>
        <source>{0} hittar inte det de rättar</source>
        <translation>{0} do not find what they correct</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="521"/>
        <source>inte tillämpad än</source>
        <translation>not applied yet</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="524"/>
        <source>skiljer sig från sekreterarens</source>
        <translation>differs from the secretary's</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="622"/>
        <source>ingen bedömning</source>
        <translation>no assessment</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="623"/>
        <source>I rapporten: {0}</source>
        <translation>In the report: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="635"/>
        <source>Rubrikrad: {0}</source>
        <translation>Heading row: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="681"/>
        <source>Skriv periodens slut som ÅÅÅÅ-MM-DD</source>
        <translation>Write the end of the period as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="683"/>
        <source>Rätta perioden</source>
        <translation>Correct the period</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="756"/>
        <location filename="../../src/desktop/ui/review_view.py" line="769"/>
        <source>”{0}” är inget tal</source>
        <translation>“{0}” is not a number</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="816"/>
        <source>Ta bort rapporten</source>
        <translation>Remove the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="817"/>
        <source>Ta bort {0} ur biblioteket? Dina anteckningar om den sparas under ”Anteckningar som inte kunde placeras”. Det går att ångra.</source>
        <translation>Remove {0} from the library? Your notes on it are kept under “Notes that could not be placed”. This can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="849"/>
        <source>Sekreterarens rättelser tas tillbaka i sekreterarens bibliotek</source>
        <translation>The secretary's corrections are withdrawn in the secretary's library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="861"/>
        <source>Rapporten är borttagen ur biblioteket (Ångra tar tillbaka den).</source>
        <translation>The report is removed from the library (Undo brings it back).</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/review_view.py" line="869"/>
        <source>Rättelsen sparades inte</source>
        <translation>The correction was not saved</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../src/desktop/ui/corrections_controller.py" line="35"/>
        <source>Granska rapporten</source>
        <translation>Review the report</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="31"/>
        <source>Avsnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="32"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="33"/>
        <source>Nyckeltal</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="34"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="60"/>
        <source>Sök i rapporter, mål, nyckeltal och anteckningar</source>
        <translation>Search reports, goals, KPIs and notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="61"/>
        <source>Bara öppen rapport</source>
        <translation>Open report only</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="66"/>
        <source>Nyaste rapporten först. Klicka på en träff för att visa den i rapporten; F3 och Skift+F3 går till nästa och föregående ställe.</source>
        <translation>Newest report first. Click a match to show it in the report; F3 and Shift+F3 go to the next and previous place.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="113"/>
        <source>{0} träff</source>
        <translation>{0} match</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="113"/>
        <source>{0} träffar</source>
        <translation>{0} matches</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="114"/>
        <source>i {0} rapport</source>
        <translation>in {0} report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="114"/>
        <source>i {0} rapporter</source>
        <translation>in {0} reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/search_panel.py" line="128"/>
        <source>Inga träffar.</source>
        <translation>No matches.</translation>
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
    <name>UpdateDialog</name>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="26"/>
        <source>Biblioteket uppdaterades inte</source>
        <translation>The library was not updated</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="38"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="39"/>
        <source>Nya rapporter: {0}</source>
        <translation>New reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="40"/>
        <source>Rättade rapporter: {0}</source>
        <translation>Corrected reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="41"/>
        <source>Borttagna rapporter: {0}</source>
        <translation>Removed reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="50"/>
        <source>Kunde inte placeras: {0}</source>
        <translation>Could not be placed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="55"/>
        <source>Biblioteket är uppdaterat</source>
        <translation>The library is updated</translation>
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
</TS>
