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
        <location filename="../../src/desktop/ui/annotations_controller.py" line="246"/>
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
        <location filename="../../src/desktop/ui/annotations_controller.py" line="201"/>
        <source>Dina anteckningar kan inte sparas: {0}. Det du skriver finns kvar här och sparas så snart det går.</source>
        <translation>Your notes cannot be saved: {0}. What you write stays here and is saved as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="206"/>
        <source>En kopia finns i {0}.</source>
        <translation>A copy is in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="231"/>
        <source>Anteckningar som inte är sparade</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="233"/>
        <source>Dina anteckningar kunde inte sparas: {0}.</source>
        <translation>Your notes could not be saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="238"/>
        <source>En kopia av det du skrivit finns i {0} och erbjuds nästa gång du startar Nämndläsaren.</source>
        <translation>A copy of what you wrote is in {0} and will be offered the next time you start Nämndläsaren.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="243"/>
        <source>Ingen kopia kunde sparas heller. Stänger du nu försvinner det du skrivit.</source>
        <translation>No copy could be saved either. If you close now, what you wrote is lost.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="247"/>
        <source>Stäng ändå</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="248"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="261"/>
        <source>Det finns {0} ändring i dina anteckningar som inte kunde sparas förra gången. Vill du återställa den?</source>
        <translation>There is {0} change to your notes that could not be saved last time. Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="263"/>
        <source>Det finns {0} ändringar i dina anteckningar som inte kunde sparas förra gången. Vill du återställa dem?</source>
        <translation>There are {0} changes to your notes that could not be saved last time. Do you want to restore them?</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="276"/>
        <source>Texten är återställd och sparad.</source>
        <translation>The text is restored and saved.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="282"/>
        <source>Text som inte sparades</source>
        <translation>Text that was not saved</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="284"/>
        <source>(bara ändrade inställningar)</source>
        <translation>(only changed settings)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="285"/>
        <source>Kopian finns i {0}.</source>
        <translation>The copy is in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="292"/>
        <source>Släng texten</source>
        <translation>Discard the text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="293"/>
        <source>Släng texten som inte kunde sparas förra gången? Det går inte att ångra.</source>
        <translation>Discard the text that could not be saved last time? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="327"/>
        <source>&amp;Förhandsgranska sammanfattning…</source>
        <translation>Print pre&amp;view of summary…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="329"/>
        <source>Skriv &amp;ut sammanfattning…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="331"/>
        <source>Spara sammanfattning som &amp;PDF…</source>
        <translation>Save summary as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="334"/>
        <source>&amp;Exportera anteckningar…</source>
        <translation>&amp;Export notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="336"/>
        <source>I&amp;mportera anteckningar…</source>
        <translation>I&amp;mport notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="341"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="343"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="350"/>
        <source>&amp;Markera</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="358"/>
        <source>&amp;Anteckning…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="360"/>
        <source>&amp;Fråga till förvaltningen…</source>
        <translation>&amp;Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="363"/>
        <source>Anteckningar som inte kunde &amp;placeras…</source>
        <translation>Notes that could not be &amp;placed…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="383"/>
        <source>Mina anteckningar inför mötet</source>
        <translation>My notes for the meeting</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="384"/>
        <source>Inför {0} {1}</source>
        <translation>For {0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="394"/>
        <source>Skriv ut sammanfattning</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="399"/>
        <source>{0} sida skickad till skrivaren</source>
        <translation>{0} page sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="400"/>
        <source>{0} sidor skickade till skrivaren</source>
        <translation>{0} pages sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="414"/>
        <source>Förhandsgranska sammanfattning</source>
        <translation>Print preview of the summary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="426"/>
        <source>Spara sammanfattning som PDF</source>
        <translation>Save summary as PDF</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="427"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="435"/>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="459"/>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="493"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="438"/>
        <source>Sammanfattningen ({0} sida) är sparad i {1}</source>
        <translation>The summary ({0} page) is saved in {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="439"/>
        <source>Sammanfattningen ({0} sidor) är sparad i {1}</source>
        <translation>The summary ({0} pages) is saved in {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="449"/>
        <source>Exportera anteckningar</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="450"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="462"/>
        <source>{0} anteckning exporterad till {1}</source>
        <translation>{0} note exported to {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="463"/>
        <source>{0} anteckningar exporterade till {1}</source>
        <translation>{0} notes exported to {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="472"/>
        <source>Importera anteckningar</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="473"/>
        <source>Anteckningar (*.json *.jsonld)</source>
        <translation>Notes (*.json *.jsonld)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="501"/>
        <source>Filen kunde inte läsas</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="502"/>
        <source>{0}

Inga anteckningar importerades.</source>
        <translation>{0}

No notes were imported.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="494"/>
        <source>Anteckningarna kunde inte sparas: {0}. Inga anteckningar importerades.</source>
        <translation>The notes could not be saved: {0}. No notes were imported.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="520"/>
        <source>Anteckningar importerade</source>
        <translation>Notes imported</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="509"/>
        <source>{0} anteckningar importerades, {1} fanns redan.</source>
        <translation>{0} notes imported, {1} were already there.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="478"/>
        <source>Läser anteckningarna…</source>
        <translation>Reading the notes…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="505"/>
        <source>Placerar anteckningarna i rapporterna…</source>
        <translation>Placing the notes in the reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="515"/>
        <source>{0} kunde inte användas och hoppades över:</source>
        <translation>{0} could not be used and were skipped:</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/annotations_controller.py" line="519"/>
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
        <location filename="../../src/desktop/ui/compare_view.py" line="76"/>
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="78"/>
        <source>med</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="80"/>
        <source>Gula rader: något att fråga om</source>
        <translation>Yellow rows: something worth asking about</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="83"/>
        <source>Håll pekaren över namnet för att läsa vad; dubbelklicka för att öppna det i Att fråga om</source>
        <translation>Hold the pointer over the name to read what; double-click to open it in Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="101"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="330"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="102"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="324"/>
        <source>Nyckeltal</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="103"/>
        <source>Ekonomi</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="104"/>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="192"/>
        <source>Ingen av rapporterna har några mål som kunde läsas ut.</source>
        <translation>Neither report has goals that could be read.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="202"/>
        <source>Målet finns inte i denna rapport.</source>
        <translation>The goal is not in this report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="217"/>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="218"/>
        <source>Borttaget</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="219"/>
        <source>Ändrad bedömning</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="229"/>
        <source>Visa ändringar i analysen</source>
        <translation>Show changes in the analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="232"/>
        <source>Anteckna…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="233"/>
        <source>En anteckning eller fråga om målet, med i utskriften</source>
        <translation>A note or question on the goal, included in the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="236"/>
        <source>Öppna målet</source>
        <translation>Open goal</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="259"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="272"/>
        <source>Visa hela texten ({0} tecken)</source>
        <translation>Show the whole text ({0} characters)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="271"/>
        <source>Visa mindre</source>
        <translation>Show less</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="280"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="281"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="282"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="289"/>
        <source>Ändringar i målanalysen</source>
        <translation>Changes in the goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="295"/>
        <source>Grönt: ny text. Rött och överstruket: borttagen text.</source>
        <translation>Green: new text. Red and struck through: removed text.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="313"/>
        <source>procentenheter</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="327"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="328"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="362"/>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="329"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="363"/>
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="331"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="358"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="337"/>
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="337"/>
        <source>antal</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="338"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="344"/>
        <source>Resultaträkning</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="345"/>
        <source>Per verksamhet</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="359"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="360"/>
        <location filename="../../src/desktop/ui/compare_view.py" line="361"/>
        <source>{0} (tkr)</source>
        <translation>{0} (SEK thousands)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="364"/>
        <source>Kolumner i rapporterna</source>
        <translation>Columns in the reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/compare_view.py" line="244"/>
        <source>Avsnittet saknas.</source>
        <translation>The section is missing.</translation>
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
        <location filename="../../src/desktop/ui/goal_view.py" line="92"/>
        <source>Anteckning om målet…</source>
        <translation>Note on the goal…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="94"/>
        <source>En anteckning eller fråga om målet som helhet, med i utskriften</source>
        <translation>A note or question on the goal as a whole, included in the printout</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="110"/>
        <source>Målanalys</source>
        <translation>Goal analysis</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="148"/>
        <source>Samma mål i andra års rapporter</source>
        <translation>The same goal in other years' reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="185"/>
        <source>{0} har inga mål som Nämndläsaren kunde läsa ut. Välj en annan rapport i biblioteket, eller läs rapporten under ”Läs rapporten”.</source>
        <translation>{0} has no goals Nämndläsaren could read. Choose another report in the library, or read the report under “Read the report”.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="223"/>
        <source>{0} · i rapporten: {1}</source>
        <translation>{0} · in the report: {1}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="224"/>
        <source>ingen bedömning</source>
        <translation>no assessment</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="233"/>
        <source>Rapporten har ingen målanalys för detta mål.</source>
        <translation>The report has no analysis for this goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="256"/>
        <source>Visa anteckningen</source>
        <translation>Show the note</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="287"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="289"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="291"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="305"/>
        <source>Rapporten redovisar nyckeltalen för sig; dessa har liknande lydelse som målet.</source>
        <translation>The report lists its KPIs separately; these are worded like the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="313"/>
        <source>Inga nyckeltal är kopplade till målet i rapporten.</source>
        <translation>No KPIs are linked to the goal in the report.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="330"/>
        <source>Visa i Att fråga om</source>
        <translation>Show in Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="337"/>
        <source>Anteckning om nyckeltalet…</source>
        <translation>Note on this KPI…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="386"/>
        <source>Målet finns bara i denna rapport bland bibliotekets rapporter.</source>
        <translation>Of the library's reports, only this one has the goal.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/goal_view.py" line="393"/>
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
        <location filename="../../src/desktop/ui/kpi_chart.py" line="89"/>
        <source>Slutligt värde (årsbokslut)</source>
        <translation>Final value (annual report)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="91"/>
        <source>Preliminärt värde (delårsrapport)</source>
        <translation>Preliminary value (interim report)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="92"/>
        <source>Annat värde för samma år</source>
        <translation>Another value for the same year</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="95"/>
        <source>Mål {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="112"/>
        <source>Obs! Axeln börjar inte på noll.</source>
        <translation>Note: the axis does not start at zero.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="113"/>
        <source>Linjen visar det slutliga värdet per år där det finns.</source>
        <translation>The line shows the final value for each year where there is one.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="115"/>
        <source>Rapporterna anger inget målvärde för nyckeltalet.</source>
        <translation>The reports give no target value for this KPI.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="142"/>
        <source>slutligt</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="142"/>
        <source>preliminärt</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/kpi_chart.py" line="147"/>
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
        <location filename="../../src/desktop/ui/main_window.py" line="141"/>
        <source>Läs rapporten</source>
        <translation>Read the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="115"/>
        <source>Mål och nyckeltal</source>
        <translation>Goals and KPIs</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="116"/>
        <source>Jämför år</source>
        <translation>Compare years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="117"/>
        <source>Alla mål över åren</source>
        <translation>All goals over the years</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="118"/>
        <source>Mötesförberedelse</source>
        <translation>Meeting preparation</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="162"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="168"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="175"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="265"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="266"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="267"/>
        <source>&amp;Anteckna</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="273"/>
        <source>&amp;Importera rapporter…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="275"/>
        <source>&amp;Uppdatera bibliotek…</source>
        <translation>&amp;Update library…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="278"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="268"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="290"/>
        <source>&amp;Sök i rapporten</source>
        <translation>&amp;Search the report</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="295"/>
        <source>Sök i &amp;hela biblioteket</source>
        <translation>Search the &amp;whole library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="269"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="119"/>
        <source>Att fråga om</source>
        <translation>Worth asking</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="281"/>
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="284"/>
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="286"/>
        <source>Normal textstorlek</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="297"/>
        <source>&amp;Nästa träff</source>
        <translation>&amp;Next match</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="299"/>
        <source>&amp;Föregående träff</source>
        <translation>&amp;Previous match</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="302"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="304"/>
        <source>&amp;Om Nämndläsaren</source>
        <translation>&amp;About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="310"/>
        <source>S&amp;pråk (gäller vid nästa start)</source>
        <translation>&amp;Language (applies at next start)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="329"/>
        <source>{0} rapport i biblioteket</source>
        <translation>{0} report in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="330"/>
        <source>{0} rapporter i biblioteket</source>
        <translation>{0} reports in the library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="409"/>
        <source>Nämndens mål ({0})</source>
        <translation>The committee's goals ({0})</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="511"/>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="513"/>
        <source>Rapporter (*.txt *.pdf)</source>
        <translation>Reports (*.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="550"/>
        <source>Välj det nya biblioteket</source>
        <translation>Choose the new library</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="550"/>
        <source>Bibliotek (*.db)</source>
        <translation>Library (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="558"/>
        <source>Om Nämndläsaren</source>
        <translation>About Nämndläsaren</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/main_window.py" line="560"/>
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
        <location filename="../../src/desktop/ui/reader.py" line="315"/>
        <source>Välj en rapport i biblioteket till vänster.</source>
        <translation>Choose a report in the library on the left.</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="591"/>
        <source>Markera text för att anteckna</source>
        <translation>Select text to annotate</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="596"/>
        <source>Markera</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="602"/>
        <source>Anteckning…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="604"/>
        <source>Fråga till förvaltningen…</source>
        <translation>Question for the administration…</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="608"/>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/reader.py" line="624"/>
        <source>Mål</source>
        <translation>Goals</translation>
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
        <location filename="../../src/desktop/ui/update_dialog.py" line="35"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="36"/>
        <source>Nya rapporter: {0}</source>
        <translation>New reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="37"/>
        <source>Rättade rapporter: {0}</source>
        <translation>Corrected reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="38"/>
        <source>Borttagna rapporter: {0}</source>
        <translation>Removed reports: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="47"/>
        <source>Kunde inte placeras: {0}</source>
        <translation>Could not be placed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/desktop/ui/update_dialog.py" line="52"/>
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
