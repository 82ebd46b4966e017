"""Fill the English translations of new UI strings in resources/i18n/namndlasaren_en.ts.

Run after `pyside6-lupdate` has added new Swedish source strings: each string below is
written as the translation of its (context, source) and marked finished. Strings not
listed stay unfinished, and the test of the catalogue names them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "namndlasaren_en.ts"

ENGLISH: dict[tuple[str, str], str] = {
    # issue 16: corrections (Granska rapporten, the markers)
    ("ReviewView", "osäkert: {0} av {1} rader"): "unsure: {0} of {1} rows",
    ('CompareView', 'Rättat'): 'Corrected',
    ('Corrections', 'rättat'): 'corrected',
    ('Corrections', 'dig'): 'you',
    ('Corrections', 'dig ({0})'): 'you ({0})',
    ('Corrections', 'nämndsekreteraren'): 'the committee secretary',
    ('Corrections', 'nämndsekreteraren {0}'): 'the committee secretary {0}',
    ('Corrections', 'årsbokslut'): 'annual report',
    ('Corrections', 'delårsrapport'): 'interim report',
    ('Corrections', '(ingen nivå ovanför)'): '(no level above)',
    ('Corrections', 'nyckeltalstabell'): 'KPI table',
    ('Corrections', 'ekonomitabell'): 'finance table',
    ('Corrections', 'varken eller'): 'neither',
    ('Corrections', 'Tillagt av {0} {1}: fanns inte i det som lästes ut ur rapporten'):
        'Added by {0} {1}: not among what was read from the report',
    ('Corrections', 'Rättat av {0} {1}: {2} (i rapporten: {3})'):
        'Corrected by {0} {1}: {2} (in the report: {3})',
    ('Corrections', 'Din egen rättelse gäller i ditt exemplar; sekreterarens står ovan.'):
        "Your own correction applies in your copy; the secretary's is shown above.",
    ('Corrections', 'Värdet skiljer sig från den tryckta rapporten.'):
        'The value differs from the printed report.',
    ('Corrections', 'Rapportens {0}'): "The report's {0}",
    ('Corrections', 'Rapporten borttagen ur biblioteket'): 'Report removed from the library',
    ('Corrections', 'Mål tillagt: ”{0}”'): 'Goal added: “{0}”',
    ('Corrections', 'Mål borttaget: ”{0}”'): 'Goal removed: “{0}”',
    ('Corrections', 'Målet ”{0}”: {1}'): 'The goal “{0}”: {1}',
    ('Corrections', 'Tabellen ”{0}”: {1}'): 'The table “{0}”: {1}',
    ('Corrections', 'Nyckeltalet ”{0}”: {1}'): 'The KPI “{0}”: {1}',
    ('Corrections', 'Nyckeltalet ”{0}” hör till serien ”{1}”'):
        'The KPI “{0}” belongs to the series “{1}”',
    ('Corrections', 'kommun'): 'municipality',
    ('Corrections', 'nämnd'): 'committee',
    ('Corrections', 'rapporttyp'): 'report type',
    ('Corrections', 'period'): 'period',
    ('Corrections', 'titel'): 'title',
    ('Corrections', 'status'): 'status',
    ('Corrections', 'nivå'): 'level',
    ('Corrections', 'namn'): 'name',
    ('Corrections', 'enhet'): 'unit',
    ('Corrections', 'målvärde'): 'target',
    ('Corrections', 'värde'): 'value',
    ('Corrections', 'gäller'): 'applies',
    ('Corrections', 'gäller (rapporten läses redan så)'):
        'applies (the report is already read so)',
    ('Corrections', 'hittar inte sitt mål'): 'does not find what it corrects',
    ('Corrections', 'målet är borttaget'): 'its target was removed',
    ('Corrections', 'kan inte användas'): 'cannot be used',
    ('CorrectionsController', '&Granska rapporten…'): '&Review the report…',
    ('CorrectionsController', 'Allt som lästes ut ur rapporten bredvid originalet, för att rätta det'):
        'Everything read from the report beside the original, to correct it',
    ('CorrectionsController', 'Granska rapporten…'): 'Review the report…',
    ('CorrectionsController', 'Ta bort ur biblioteket…'): 'Remove from the library…',
    ('ImportDialog', 'Granska rapporten…'): 'Review the report…',
    ('ImportDialog', 'Se allt som lästes ut ur den valda rapporten bredvid originalet, och rätta det'):
        'See everything read from the chosen report beside the original, and correct it',
    ('KpiChart', 'Rättat värde'): 'Corrected value',
    ('ReviewView', 'Mitt eget exemplar'): 'My own copy',
    ('ReviewView', 'Alla ledamöter (biblioteket jag delar ut)'):
        'All members (the library I hand out)',
    ('ReviewView', 'Dina egna rättelser sparas hos dig och följer med när biblioteket uppdateras. Sekreterarens sparas i biblioteket och delas ut med det.'):
        "Your own corrections are kept on your computer and stay when the library is updated. The secretary's are kept in the library and handed out with it.",
    ('ReviewView', 'Ditt namn'): 'Your name',
    ('ReviewView', 'Ångra'): 'Undo',
    ('ReviewView', 'Gör om'): 'Redo',
    ('ReviewView', 'Ta bort rapporten ur biblioteket…'): 'Remove the report from the library…',
    ('ReviewView', 'Rätta för:'): 'Correct for:',
    ('ReviewView', 'Del av rapporten'): 'Part of the report',
    ('ReviewView', 'Läst ut'): 'Read',
    ('ReviewView', 'Sida'): 'Page',
    ('ReviewView', 'Att se över'): 'To check',
    ('ReviewView', 'Rättelse'): 'Correction',
    ('ReviewView', 'Av'): 'By',
    ('ReviewView', 'Läge'): 'State',
    ('ReviewView', 'Ta tillbaka rättelsen'): 'Withdraw the correction',
    ('ReviewView', 'Rättelser'): 'Corrections',
    ('ReviewView', 'Lägg till markerad text som mål'): 'Add the selected text as a goal',
    ('ReviewView', 'Markera målets titel i texten; det läggs till som ett mål i rapporten'):
        "Select the goal's title in the text; it is added as a goal of the report",
    ('ReviewView', 'Originalsidan'): 'Original page',
    ('ReviewView', 'Texten'): 'Text',
    ('ReviewView', 'Välj något i listan för att se det i rapporten och rätta det.'):
        'Choose something in the list to see it in the report and correct it.',
    ('ReviewView', 'Årsbokslut'): 'Annual report',
    ('ReviewView', 'Delårsrapport'): 'Interim report',
    ('ReviewView', 'Rätta'): 'Correct',
    ('ReviewView', 'Rapporttyp'): 'Report type',
    ('ReviewView', 'Periodens slut'): 'End of period',
    ('ReviewView', 'Rätta titeln'): 'Correct the title',
    ('ReviewView', 'Välj den status vars färg står vid målet på originalsidan'):
        'Choose the status whose colour stands beside the goal on the original page',
    ('ReviewView', 'Överordnade mål, åtskilda med ›'): 'Goals above, separated by ›',
    ('ReviewView', 'Rätta nivån'): 'Correct the level',
    ('ReviewView', 'Ta bort målet'): 'Remove the goal',
    ('ReviewView', 'Titel'): 'Title',
    ('ReviewView', 'Status'): 'Status',
    ('ReviewView', 'Nivå'): 'Level',
    ('ReviewView', 'Nyckeltalstabell'): 'KPI table',
    ('ReviewView', 'Ekonomitabell: resultaträkning'): 'Finance table: income statement',
    ('ReviewView', 'Ekonomitabell: resultat per verksamhet'): 'Finance table: result per unit',
    ('ReviewView', 'Varken nyckeltal eller ekonomi'): 'Neither KPIs nor finance',
    ('ReviewView', 'Läs tabellen som'): 'Read the table as',
    ('ReviewView', 'Rätta namnet'): 'Correct the name',
    ('ReviewView', 'inget målvärde'): 'no target',
    ('ReviewView', 'Rätta målvärdet'): 'Correct the target',
    ('ReviewView', 'År'): 'Year',
    ('ReviewView', 'Värde'): 'Value',
    ('ReviewView', 'Samma nyckeltal heter olika i olika års rapporter: välj namnet det har i de andra, så blir de en serie'):
        "The same KPI has different names in different years' reports: choose the name it has in the others, and they become one series",
    ('ReviewView', 'För samman'): 'Join',
    ('ReviewView', 'Namn'): 'Name',
    ('ReviewView', 'Enhet'): 'Unit',
    ('ReviewView', 'Målvärde'): 'Target',
    ('ReviewView', 'Värden'): 'Values',
    ('ReviewView', 'Samma serie som'): 'Same series as',
    ('ReviewView', 'En rad i en ekonomitabell. Rätta hur tabellen läses på tabellen ovanför.'):
        'A row of a finance table. Correct how the table is read on the table above.',
    ('ReviewView', 'procent'): 'percent',
    ('ReviewView', 'antal'): 'count',
    ('ReviewView', 'dagar'): 'days',
    ('ReviewView', 'index'): 'index',
    ('ReviewView', 'tkr'): 'SEK thousand',
    ('ReviewView', 'annan'): 'other',
    ('ReviewView', 'Rapporten finns inte i biblioteket.'): 'The report is not in the library.',
    ('ReviewView', 'Granska: {0}'): 'Review: {0}',
    ('ReviewView', 'Läst med de allmänna reglerna: ingen känd layout passade rapporten.'):
        'Read by the general rules: no known layout fitted the report.',
    ('ReviewView', 'Läst med layouten {0}.'): 'Read with the layout {0}.',
    ('ReviewView', 'Varning: {0}'): 'Warning: {0}',
    ('ReviewView', 'osäkert: {0}'): 'unsure: {0}',
    ('ReviewView', 'rättat'): 'corrected',
    ('ReviewView', 'Kommun'): 'Municipality',
    ('ReviewView', 'Nämnd'): 'Committee',
    ('ReviewView', 'Period'): 'Period',
    ('ReviewView', '{0} (slutar {1})'): '{0} (ends {1})',
    ('ReviewView', 'Mål: {0}'): 'Goal: {0}',
    ('ReviewView', 'nyckeltalstabell, {0} nyckeltal'): 'KPI table, {0} KPIs',
    ('ReviewView', 'ekonomitabell, {0} rader'): 'finance table, {0} rows',
    ('ReviewView', 'varken nyckeltal eller ekonomi'): 'neither KPIs nor finance',
    ('ReviewView', 'Tabell: {0}'): 'Table: {0}',
    ('ReviewView', 'Nyckeltal: {0}'): 'KPI: {0}',
    ('ReviewView', 'inga värden'): 'no values',
    ('ReviewView', 'Ekonomirad: {0}'): 'Finance row: {0}',
    ('ReviewView', 'Sekreterarens rättelse: {0}'): "The secretary's correction: {0}",
    ('ReviewView', 'Rättelser ({0})'): 'Corrections ({0})',
    ('ReviewView', '{0} hittar inte det de rättar'): '{0} do not find what they correct',
    ('ReviewView', 'inte tillämpad än'): 'not applied yet',
    ('ReviewView', 'skiljer sig från sekreterarens'): "differs from the secretary's",
    ('ReviewView', 'ingen bedömning'): 'no assessment',
    ('ReviewView', 'I rapporten: {0}'): 'In the report: {0}',
    ('ReviewView', 'Rubrikrad: {0}'): 'Heading row: {0}',
    ('ReviewView', 'Skriv periodens slut som ÅÅÅÅ-MM-DD'):
        'Write the end of the period as YYYY-MM-DD',
    ('ReviewView', 'Rätta perioden'): 'Correct the period',
    ('ReviewView', '”{0}” är inget tal'): '“{0}” is not a number',
    ('ReviewView', 'Ta bort rapporten'): 'Remove the report',
    ('ReviewView', 'Ta bort {0} ur biblioteket? Dina anteckningar om den sparas under ”Anteckningar som inte kunde placeras”. Det går att ångra.'):
        'Remove {0} from the library? Your notes on it are kept under “Notes that could not be placed”. This can be undone.',
    ('ReviewView', 'Sekreterarens rättelser tas tillbaka i sekreterarens bibliotek'):
        "The secretary's corrections are withdrawn in the secretary's library",
    ('ReviewView', 'Rapporten är borttagen ur biblioteket (Ångra tar tillbaka den).'):
        'The report is removed from the library (Undo brings it back).',
    ('ReviewView', 'Rättelsen sparades inte'): 'The correction was not saved',
    ('ReviewWindow', 'Granska rapporten'): 'Review the report',
    ("AddToMeetingDialog", "Lägg till i mötet"): "Add to the meeting",
    ("AddToMeetingDialog", "Bocka för de frågor och anteckningar som ska med till mötet."):
        "Tick the questions and notes to bring to the meeting.",
    ("AddToMeetingDialog", "Alla frågor och anteckningar hör redan till mötet."):
        "All questions and notes already belong to the meeting.",
    ("AnnotationsController", "Försök igen"): "Try again",
    ("AnnotationsController", "Återställ texten"): "Restore the text",
    ("AnnotationsController", "Visa texten"): "Show the text",
    ("AnnotationsController", "Släng"): "Discard",
    ("AnnotationsController", "Dina anteckningar kan inte sparas: {0}. Det du skriver finns kvar här och sparas så snart det går."):
        "Your notes cannot be saved: {0}. What you write stays here and is saved as soon as possible.",
    ("AnnotationsController", "En kopia finns i {0}."): "A copy is in {0}.",
    ("AnnotationsController", "Anteckningar som inte är sparade"): "Notes not saved",
    ("AnnotationsController", "Dina anteckningar kunde inte sparas: {0}."):
        "Your notes could not be saved: {0}.",
    ("AnnotationsController", "En kopia av det du skrivit finns i {0} och erbjuds nästa gång du startar Nämndläsaren."):
        "A copy of what you wrote is in {0} and will be offered the next time you start Nämndläsaren.",
    ("AnnotationsController", "Ingen kopia kunde sparas heller. Stänger du nu försvinner det du skrivit."):
        "No copy could be saved either. If you close now, what you wrote is lost.",
    ("AnnotationsController", "Stäng ändå"): "Close anyway",
    ("AnnotationsController", "Avbryt"): "Cancel",
    ("AnnotationsController", "Det finns {0} ändring i dina anteckningar som inte kunde sparas förra gången. Vill du återställa den?"):
        "There is {0} change to your notes that could not be saved last time. Do you want to restore it?",
    ("AnnotationsController", "Det finns {0} ändringar i dina anteckningar som inte kunde sparas förra gången. Vill du återställa dem?"):
        "There are {0} changes to your notes that could not be saved last time. Do you want to restore them?",
    ("AnnotationsController", "Texten är återställd och sparad."): "The text is restored and saved.",
    ("AnnotationsController", "Text som inte sparades"): "Text that was not saved",
    ("AnnotationsController", "(bara ändrade inställningar)"): "(only changed settings)",
    ("AnnotationsController", "Kopian finns i {0}."): "The copy is in {0}.",
    ("AnnotationsController", "Släng texten"): "Discard the text",
    ("AnnotationsController", "Släng texten som inte kunde sparas förra gången? Det går inte att ångra."):
        "Discard the text that could not be saved last time? This cannot be undone.",
    ("AnnotationsController", "&Förhandsgranska sammanfattning…"): "Print pre&view of summary…",
    ("AnnotationsController", "Ångra"): "Undo",
    ("AnnotationsController", "Gör om"): "Redo",
    ("AnnotationsController", "Mina anteckningar inför mötet"): "My notes for the meeting",
    ("AnnotationsController", "Inför {0} {1}"): "For {0} {1}",
    ("AnnotationsController", "{0} sida skickad till skrivaren"): "{0} page sent to the printer",
    ("AnnotationsController", "Förhandsgranska sammanfattning"): "Print preview of the summary",
    ("AnnotationsController", "Sammanfattningen ({0} sida) är sparad i {1}"):
        "The summary ({0} page) is saved in {1}",
    ("AnnotationsController", "{0} anteckning exporterad till {1}"): "{0} note exported to {1}",
    ("AnnotationsController", "Anteckningarna kunde inte sparas: {0}. Inga anteckningar importerades."):
        "The notes could not be saved: {0}. No notes were imported.",
    ("AnnotationsModel", "Markera"): "Highlight",
    ("AnnotationsModel", "Ändra"): "Change",
    ("AnnotationsModel", "Ta bort {0}"): "Remove {0}",
    ("AnnotationsModel", "disken är full"): "the disk is full",
    ("AnnotationsModel", "filen eller mappen är skrivskyddad"): "the file or folder is read-only",
    ("AnnotationsModel", "filen går inte att nå (är disken eller USB-minnet borta?)"):
        "the file cannot be reached (is the disk or USB stick gone?)",
    ("AnnotationsModel", "ett annat program använder filen"): "another program is using the file",
    ("CompareView", "Visa hela texten ({0} tecken)"): "Show the whole text ({0} characters)",
    ("CompareView", "Visa mindre"): "Show less",
    ("CompareView", "procentenheter"): "percentage points",
    ("CompareView", "dagar"): "days",
    ("CompareView", "antal"): "count",
    ("CompareView", "index"): "index",
    ("GoalList", "Rapportens mål"): "The report's goals",
    ("GoalList", "Visa bara mål med en viss bedömning"): "Show only goals with a given assessment",
    ("GoalView", "{0} har inga mål som Nämndläsaren kunde läsa ut. Välj en annan rapport i biblioteket, eller läs rapporten under ”Läs rapporten”."):
        "{0} has no goals Nämndläsaren could read. Choose another report in the library, or read the report under “Read the report”.",
    ("GoalView", "{0} · i rapporten: {1}"): "{0} · in the report: {1}",
    ("GoalView", "ingen bedömning"): "no assessment",
    ("GoalView", "Visa anteckningen"): "Show the note",
    ("Kinds", "Markering"): "Highlight",
    ("Kinds", "Anteckning"): "Note",
    ("Kinds", "Fråga till förvaltningen"): "Question for the administration",
    ("Kinds", "Gul"): "Yellow",
    ("Kinds", "Grön"): "Green",
    ("Kinds", "Blå"): "Blue",
    ("Kinds", "Rosa"): "Pink",
    ("KpiChart", "Slutligt värde (årsbokslut)"): "Final value (annual report)",
    ("KpiChart", "dagar"): "days",
    ("KpiChart", "Preliminärt värde (delårsrapport)"): "Preliminary value (interim report)",
    ("KpiChart", "Annat värde för samma år"): "Another value for the same year",
    ("KpiChart", "Obs! Axeln börjar inte på noll."): "Note: the axis does not start at zero.",
    ("KpiChart", "Rapporterna anger inget målvärde för nyckeltalet."):
        "The reports give no target value for this KPI.",
    ("LibraryTree", "Bibliotek"): "Library",
    ("MainWindow", "&Redigera"): "&Edit",
    ("MainWindow", "&Anteckna"): "&Annotate",
    ("MainWindow", "Större text"): "Larger text",
    ("MainWindow", "Mindre text"): "Smaller text",
    ("MainWindow", "Normal textstorlek"): "Normal text size",
    ("MainWindow", "&Nästa träff"): "&Next match",
    ("MainWindow", "&Föregående träff"): "&Previous match",
    ("MainWindow", "&Paneler"): "&Panels",
    ("MainWindow", "{0} rapport i biblioteket"): "{0} report in the library",
    ("MeetingView", "Lägg till frågor och anteckningar…"): "Add questions and notes…",
    ("MeetingView", "Förhandsgranska…"): "Preview…",
    ("MeetingView", "{0} fråga"): "{0} question",
    ("MeetingView", "{0} frågor"): "{0} questions",
    ("MeetingView", "{0} anteckning"): "{0} note",
    ("MeetingView", "{0} anteckningar"): "{0} notes",
    ("MeetingView", "{0}. Dra för att ändra ordningen."): "{0}. Drag to change the order.",
    ("MeetingView", "Inga frågor till det här mötet ännu. Markera text i en rapport, högerklicka och välj ”Fråga till förvaltningen…”, och välj mötet på frågan – eller lägg till frågor du redan skrivit med ”Lägg till frågor och anteckningar…”."):
        "No questions for this meeting yet. Select text in a report, right-click and choose “Question for the administration…”, then choose the meeting on the question – or add questions you have already written with “Add questions and notes…”.",
    ("MeetingView", "Ändra status"): "Change status",
    ("MeetingView", "Lägg till i mötet"): "Add to the meeting",
    ("NoteCard", "Ta bort (Redigera → Ångra tar tillbaka den)"): "Remove (Edit → Undo brings it back)",
    ("NoteCard", "Ändra status"): "Change status",
    ("NoteCard", "Ändra färg"): "Change colour",
    ("NoteCard", "Mötet den här anteckningen ska med till"): "The meeting this note is for",
    ("NoteCard", "Välj möte"): "Choose meeting",
    ("NotesPanel", "{0} anteckning i rapporten"): "{0} note in the report",
    ("NotesPanel", "{0} anteckning kunde inte placeras – visa"): "{0} note could not be placed – show",
    ("OrphansDialog", "Redigera → Ångra tar tillbaka den"): "Edit → Undo brings it back",
    ("Plain", "Okänd nämnd"): "Unknown committee",
    ("SearchPanel", "Avsnitt"): "Section",
    ("SearchPanel", "Mål"): "Goal",
    ("SearchPanel", "Nyckeltal"): "KPI",
    ("SearchPanel", "Anteckning"): "Note",
    ("SearchPanel", "Nyaste rapporten först. Klicka på en träff för att visa den i rapporten; F3 och Skift+F3 går till nästa och föregående ställe."):
        "Newest report first. Click a match to show it in the report; F3 and Shift+F3 go to the next and previous place.",
    ("SearchPanel", "{0} träff"): "{0} match",
    ("SearchPanel", "{0} träffar"): "{0} matches",
    ("SearchPanel", "i {0} rapport"): "in {0} report",
    ("SearchPanel", "i {0} rapporter"): "in {0} reports",
    ("SearchPanel", "Inga träffar."): "No matches.",
    ("UpdateDialog", "Biblioteket uppdaterades inte"): "The library was not updated",
    ("UpdateDialog", "inga"): "none",
    ("UpdateDialog", "Nya rapporter: {0}"): "New reports: {0}",
    ("UpdateDialog", "Rättade rapporter: {0}"): "Corrected reports: {0}",
    ("UpdateDialog", "Borttagna rapporter: {0}"): "Removed reports: {0}",
    ("UpdateDialog", "Kunde inte placeras: {0}"): "Could not be placed: {0}",
    ("UpdateDialog", "Biblioteket är uppdaterat"): "The library is updated",
    ("CompareView", "Gula rader: något att fråga om"): "Yellow rows: something worth asking about",
    ("CompareView", "Håll pekaren över namnet för att läsa vad; dubbelklicka för att öppna det i Att fråga om"):
        "Hold the pointer over the name to read what; double-click to open it in Worth asking",
    ("FlagMarker", "Att fråga om"): "Worth asking",
    ("FlagMarker", "Att fråga om ({0})"): "Worth asking ({0})",
    ("FlagSettingsDialog", "Inställningar för Att fråga om"): "Settings for Worth asking",
    ("FlagSettingsDialog", "En avvikelse mot budget visas när den är större än båda: andelen av budgeten och beloppet."):
        "A deviation from the budget is shown when it is larger than both: the share of the budget and the amount.",
    ("FlagSettingsDialog", "Andel av budgeten:"): "Share of the budget:",
    ("FlagSettingsDialog", "Belopp:"): "Amount:",
    ("Flags", "Bedömningen och nyckeltalen"): "Assessment and KPIs",
    ("Flags", "Ett värde som ändrats"): "A value that changed",
    ("Flags", "Texten och siffrorna"): "Text and figures",
    ("Flags", "En summa som inte stämmer"): "A sum that does not add up",
    ("Flags", "Avvikelse mot budget"): "Deviation from the budget",
    ("Flags", "Borta eller omdöpt sedan förra året"): "Gone or renamed since last year",
    ("Flags", "Bort från målet tre år i rad"): "Away from the target three years running",
    ("Flags", "fråga skapad"): "question made",
    ("FlagsView", "Visa det som rör rapporten du läser, eller alla rapporter"):
        "Show what concerns the report you are reading, or every report",
    ("FlagsView", "Visa bara ett slag"): "Show one kind only",
    ("FlagsView", "Visa bara en nämnds rapporter"): "Show one committee's reports only",
    ("FlagsView", "Inställningar…"): "Settings…",
    ("FlagsView", "Vilka slag som visas, och hur stor en avvikelse mot budget ska vara"):
        "Which kinds are shown, and how large a deviation from the budget must be",
    ("FlagsView", "Visa:"): "Show:",
    ("FlagsView", "Underlag – klicka för att öppna rapporten där"):
        "Evidence – click to open the report there",
    ("FlagsView", "Fråga att ställa"): "Question to ask",
    ("FlagsView", "Frågan, som du vill ställa den"): "The question, as you want to ask it",
    ("FlagsView", "Mötet frågan ska med till"): "The meeting the question is for",
    ("FlagsView", "Gör till en fråga"): "Make it a question",
    ("FlagsView", "Frågan sparas bland dina anteckningar, förankrad i underlaget, och kommer med i mötesförberedelsen och utskriften"):
        "The question is saved with your notes, anchored on the evidence, and goes into the meeting preparation and the printout",
    ("FlagsView", "Till möte:"): "For meeting:",
    ("FlagsView", "Rapporten du läser"): "The report you are reading",
    ("FlagsView", "Hela biblioteket"): "The whole library",
    ("FlagsView", "Alla slag"): "Every kind",
    ("FlagsView", "Alla nämnder"): "Every committee",
    ("FlagsView", "Inget möte än"): "No meeting yet",
    ("FlagsView", "i biblioteket"): "In the library",
    ("FlagsView", "{0} sak att fråga om"): "{0} thing worth asking about",
    ("FlagsView", "{0} saker att fråga om"): "{0} things worth asking about",
    ("FlagsView", "{0} – {1}. Varje punkt har underlag du kan öppna."):
        "{0} – {1}. Each one has evidence you can open.",
    ("FlagsView", "{0}: Nämndläsaren hittade inget att fråga om. Det betyder inte att allt stämmer – en kontroll säger bara något när den kan visa underlag."):
        "{0}: Nämndläsaren found nothing worth asking about. That does not mean everything adds up – a check only speaks when it can show evidence.",
    ("FlagsView", "Några slag är avstängda under Inställningar."): "Some kinds are switched off in Settings.",
    ("FlagsView", "s. {0}"): "p. {0}",
    ("FlagsView", "Rapporten skriver"): "The report says",
    ("FlagsView", "Bedömningen"): "The assessment",
    ("FlagsView", "Målanalysen"): "The goal analysis",
    ("FlagsView", "Summan"): "The total",
    ("FlagsView", "Öppna rapporten vid stället"): "Open the report at the place",
    ("FlagsView", "Frågan finns bland dina frågor, till mötet {0}."):
        "The question is among your questions, for the meeting {0}.",
    ("FlagsView", "Frågan finns bland dina frågor (inget möte valt än)."):
        "The question is among your questions (no meeting chosen yet).",
    ("GoalView", "Visa i Att fråga om"): "Show in Worth asking",
    ("MainWindow", "Att fråga om"): "Worth asking",
    ("GoalView", "Visa originalsidan"): "Show the original page",
    ("GoalView", "Sidan i rapportens PDF där målet står, med målet markerat"):
        "The page of the report's PDF where the goal stands, with the goal highlighted",
    ("ImportDialog", "Känd layout: {0}"): "Known layout: {0}",
    ("ImportDialog", "{0} mål, {1} nyckeltal ({2} värden), {3} ekonomirader"):
        "{0} goals, {1} KPIs ({2} values), {3} finance rows",
    ("ImportDialog", "Varning: {0}"): "Warning: {0}",
    ("MainWindow", "&Kopiera PDF-filer till biblioteket"): "&Copy PDF files into the library",
    ("MainWindow", "På: originalsidorna kan visas även om PDF-filen flyttas eller tas bort. Av: bara var filen ligger sparas, och sidorna visas så länge den finns kvar där."):
        "On: the original pages can be shown even if the PDF file is moved or deleted. Off: only where the file is kept is saved, and its pages are shown for as long as it stays there.",
    ("OriginalPage", "Originalsidan"): "Original page",
    ("OriginalPage", "Visa &originalsidan"): "Show the &original page",
    ("OriginalPage", "Sidan i PDF-filen som det du läser kommer från, med stället markerat"):
        "The page of the PDF file that what you are reading comes from, with the place highlighted",
    ("OriginalPage", "Öppna en rapport först."): "Open a report first.",
    ("PageView", "Föregående sida (Page Up)"): "Previous page (Page Up)",
    ("PageView", "Sida"): "Page",
    ("PageView", "Nästa sida (Page Down)"): "Next page (Page Down)",
    ("PageView", "Förminska sidan"): "Zoom out",
    ("PageView", "Förstora sidan"): "Zoom in",
    ("PageView", "Anpassa bredd"): "Fit width",
    ("PageView", "Sidan fyller panelens bredd"): "The page fills the panel's width",
    ("PageView", "Välj ett avsnitt, ett mål eller en träff och välj Visa originalsidan."):
        "Pick a section, a goal or a search hit and choose Show the original page.",
    ("PageView", "Rapporten är en textfil och har inga originalsidor att visa. Texten i läsaren är rapporten som den lästes in."):
        "The report is a text file and has no original pages to show. The text in the reader is the report as it was imported.",
    ("PageView", "PDF-filen finns inte i biblioteket"): "The PDF file is not in the library",
    ("PageView", "Originalsidorna kan inte visas: {0}"): "The original pages cannot be shown: {0}",
    ("PageView", "av {0}"): "of {0}",
    ("PageView", "Sidan kunde inte visas: {0}"): "The page could not be shown: {0}",
    ("Reader", "Visa originalsidan"): "Show the original page",
}  # fmt: skip


def main() -> int:
    tree = ET.parse(TS)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            english = ENGLISH.get((name, message.findtext("source") or ""))
            if english is not None:
                translation.text = english
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                left.append((name, message.findtext("source")))
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')  # fmt: skip
    text = text.replace('" />', '"/>')  # as lupdate writes them
    TS.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    for name, source in left:
        print(f"untranslated: {name}: {source}", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
