<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Shortlist::AtomicWrite</name>
    <message>
        <location filename="../../core/io/atomicwrite.cpp" line="+31"/>
        <location line="+9"/>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its owner and group cannot be kept (%1)</source>
        <translation>Besitzer und Gruppe lassen sich nicht beibehalten (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its permissions cannot be kept (%1)</source>
        <translation>die Zugriffsrechte lassen sich nicht beibehalten (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is read-only</source>
        <translation>ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be written: %1; the file is unchanged</source>
        <translation>kann nicht geschrieben werden: %1; die Datei ist unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>was written, but its folder cannot be synced to the disk: %1</source>
        <translation>wurde geschrieben, aber der Ordner lässt sich nicht auf den Datenträger synchronisieren: %1</translation>
    </message>
</context>
<context>
    <name>Shortlist::CandidateTable</name>
    <message>
        <location filename="../../ui/library/candidatetable.cpp" line="+91"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Shortlist::CheckedEdit</name>
    <message>
        <location filename="../../core/edit/checkededit.cpp" line="+102"/>
        <source>adding it would also change text that is there; edit the text itself instead</source>
        <translation>das Hinzufügen würde auch vorhandenen Text ändern; bearbeiten Sie den Text selbst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the change would reach beyond the field&apos;s own text; edit the text itself instead</source>
        <translation>die Änderung würde über den Text des Feldes hinausgehen; bearbeiten Sie den Text selbst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the change would also alter how Shortlist reads the section &apos;%1&apos;; edit the text itself instead</source>
        <translation>die Änderung würde auch verändern, wie Shortlist den Abschnitt „%1“ liest; bearbeiten Sie den Text selbst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text would read it as &apos;%1&apos;, not as the value given; edit the text itself instead</source>
        <translation>der Text würde „%1“ lesen, nicht den angegebenen Wert; bearbeiten Sie den Text selbst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text would not read it back as given; edit the text itself instead</source>
        <translation>der Text würde den angegebenen Wert nicht so zurücklesen; bearbeiten Sie den Text selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change would also alter how Shortlist reads %1; edit the text itself instead</source>
        <translation>die Änderung würde auch verändern, wie Shortlist %1 liest; bearbeiten Sie den Text selbst</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the text would no longer read as a profile (%1)</source>
        <translation>der Text wäre danach kein lesbares Profil mehr (%1)</translation>
    </message>
</context>
<context>
    <name>Shortlist::CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+46"/>
        <source>Print the profiles in FILE... as &lt;format&gt;: json (JSON Resume), markdown (Shortlist&apos;s house style, one FILE) or pdf (summaries, with a comparison page first for several files; needs -o), without opening a window.</source>
        <translation>Gibt die Profile in DATEI... als &lt;Format&gt; aus, ohne ein Fenster zu öffnen: json (JSON Resume), markdown (Hausstil von Shortlist, eine DATEI) oder pdf (Zusammenfassungen, bei mehreren Dateien mit einer Vergleichsseite vorweg; erfordert -o).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export pdf: leave out names, contacts, links and photos and label the candidates A, B, C… for bias-free review.</source>
        <translation>Mit --export pdf: Lässt Namen, Kontaktdaten, Links und Fotos weg und bezeichnet die Kandidaten mit A, B, C… für eine vorurteilsfreie Prüfung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --export pdf: score the candidates against what the role needs, e.g. &quot;Go, !Kubernetes&quot; (! marks a must-have).</source>
        <translation>Mit --export pdf: Bewertet die Kandidaten nach den Anforderungen der Position, z. B. &quot;Go, !Kubernetes&quot; (! kennzeichnet ein Muss).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export pdf: A4 or Letter (default: the locale&apos;s).</source>
        <translation>Mit --export pdf: A4 oder Letter (Standard: gemäß den Regionaleinstellungen).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the export to &lt;path&gt; instead of standard output. The file is replaced atomically, and not at all if any input fails.</source>
        <translation>Schreibt den Export nach &lt;Pfad&gt; statt auf die Standardausgabe. Die Datei wird atomar ersetzt – und gar nicht, wenn eine Eingabe fehlschlägt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Count experience up to &lt;date&gt; (YYYY-MM-DD) instead of today, for exports that do not change with the calendar.</source>
        <translation>Zählt die Berufserfahrung bis &lt;Datum&gt; (JJJJ-MM-TT) statt bis heute, für Exporte, die sich nicht mit dem Kalender ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a field of FILE and write the file in place, touching only that field&apos;s text. &lt;path&gt; names the field as the JSON export does: basics.label, basics.location.city, work[2].endDate (a date as YYYY-MM or YYYY, or present), work[0].highlights[+] to append, skills[1].keywords[3], work[+] with a JSON object for a new position. Repeat to make several changes; they are made in order.</source>
        <translation>Ändert ein Feld von DATEI und schreibt die Datei an Ort und Stelle zurück; nur der Text dieses Feldes wird angefasst. &lt;Pfad&gt; benennt das Feld wie der JSON-Export: basics.label, basics.location.city, work[2].endDate (ein Datum als JJJJ-MM oder JJJJ oder „heute“), work[0].highlights[+] zum Anhängen, skills[1].keywords[3], work[+] mit einem JSON-Objekt für eine neue Position. Für mehrere Änderungen mehrfach angeben; sie werden der Reihe nach ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>path=value</source>
        <translation>Pfad=Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a field or an entry (work[3], work[0].highlights[1], skills[2].keywords[0]) from FILE, in order with --set.</source>
        <translation>Entfernt ein Feld oder einen Eintrag (work[3], work[0].highlights[1], skills[2].keywords[0]) aus DATEI, der Reihe nach zusammen mit --set.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print FILE line by line with what Shortlist read in each line: its section, the position it belongs to and the part it plays there (dates, header, text), and why.</source>
        <translation>Gibt DATEI Zeile für Zeile aus, mit dem, was Shortlist in jeder Zeile gelesen hat: ihrem Abschnitt, der Stelle, zu der sie gehört, und ihrer Rolle darin (Daten, Kopf, Text), samt Begründung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read FILE (a PDF, Word .docx, OpenDocument .odt or JSON Resume .json) and write it as a markdown profile beside it (cv.pdf gives cv.md), or to -o &lt;path&gt;. FILE itself is not changed; the markdown is the profile from then on.</source>
        <translation>DATEI (ein PDF, Word-.docx, OpenDocument-.odt oder JSON Resume .json) lesen und als Markdown-Profil daneben schreiben (aus cv.pdf wird cv.md) oder nach -o &lt;Pfad&gt;. DATEI selbst bleibt unverändert; von da an ist das Markdown das Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --set or --remove: print the change as a unified diff and leave the file as it is.</source>
        <translation>Mit --set oder --remove: Gibt die Änderung als Unified Diff aus und lässt die Datei unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortlist reads candidate profiles (CVs in markdown or plain text) into structured profiles.
Without options it opens the given folders and files in a window.</source>
        <translation>Shortlist liest Kandidatenprofile (Lebensläufe in Markdown oder reinem Text) als strukturierte Profile ein.
Ohne Optionen öffnet es die angegebenen Ordner und Dateien in einem Fenster.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[PATH...]</source>
        <translation>[PFAD...]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile files (.md, .markdown, .txt; .pdf, .docx, .odt, .json are imported) or folders.</source>
        <translation>Profildateien (.md, .markdown, .txt; .pdf, .docx, .odt, .json werden importiert) oder Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>standard output: cannot be written: %1</source>
        <translation>Standardausgabe: kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--set takes PATH=VALUE, not &apos;%1&apos;</source>
        <translation>--set erwartet PFAD=WERT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: is %2, which Shortlist does not change; run &apos;shortlist --import %1&apos; and edit %3</source>
        <translation>%1: ist %2, das Shortlist nicht verändert; „shortlist --import %1“ ausführen und %3 bearbeiten</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1: is already a markdown or text profile; there is nothing to import</source>
        <translation>%1: ist schon ein Markdown- oder Textprofil; da gibt es nichts zu importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: already exists; name another file with -o, or remove it first</source>
        <translation>%1: existiert schon; mit -o eine andere Datei angeben oder sie zuerst entfernen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>try &apos;shortlist --help&apos;</source>
        <translation>siehe „shortlist --help“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--explain takes exactly one FILE and no other option</source>
        <translation>--explain nimmt genau eine DATEI und keine weitere Option</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--import takes exactly one FILE, and -o at most</source>
        <translation>--import nimmt genau eine DATEI, und höchstens -o</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--set and --remove cannot be combined with --export or --output</source>
        <translation>--set und --remove können nicht mit --export oder --output kombiniert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--set and --remove take exactly one FILE</source>
        <translation>--set und --remove erwarten genau eine DATEI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dry-run needs --set or --remove</source>
        <translation>--dry-run erfordert --set oder --remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--today needs --export</source>
        <translation>--today erfordert --export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--output needs --export</source>
        <translation>--output erfordert --export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--today takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--today erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown export format &apos;%1&apos; (use json, markdown or pdf)</source>
        <translation>unbekanntes Exportformat „%1“ (verwenden Sie json, markdown oder pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--blind, --require and --page-size need --export pdf</source>
        <translation>--blind, --require und --page-size erfordern --export pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--export pdf needs -o OUT.pdf</source>
        <translation>--export pdf erfordert -o AUSGABE.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page-size takes A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size erwartet A4 oder Letter, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export needs at least one FILE</source>
        <translation>--export erfordert mindestens eine DATEI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--export markdown takes one FILE</source>
        <translation>--export markdown erwartet genau eine DATEI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--output needs a file name</source>
        <translation>--output erfordert einen Dateinamen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shortlist %1</source>
        <translation>Shortlist %1</translation>
    </message>
</context>
<context>
    <name>Shortlist::ComparisonModel</name>
    <message>
        <location filename="../../core/compare/comparisonmodel.cpp" line="+25"/>
        <source>now</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current position</source>
        <translation>Aktuelle Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employers</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average tenure</source>
        <translation>Mittlere Verweildauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest gap</source>
        <translation>Längste Lücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bold: every compared candidate has it. Marked ◆: only this candidate has it.</source>
        <translation>Fett: Alle verglichenen Kandidaten haben diese Kenntnis. Mit ◆ markiert: Nur dieser Kandidat hat sie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no requirements</source>
        <translation>keine Anforderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>related: %1</source>
        <translation>verwandt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+26"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>unknown (no dates)</source>
        <translation>unbekannt (keine Datumsangaben)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
</context>
<context>
    <name>Shortlist::ComparisonWindow</name>
    <message>
        <location filename="../../ui/compare/comparisonwindow.cpp" line="+35"/>
        <location line="+60"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove from Comparison</source>
        <translation>Aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove Candidate</source>
        <translation>Kandidat &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected candidate from the comparison</source>
        <translation>Den ausgewählten Kandidaten aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No requirements: type what the role needs in the library window</source>
        <translation>Keine Anforderungen: Geben Sie die Anforderungen der Position im Bibliotheksfenster ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role needs: %1</source>
        <translation>Anforderungen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Comparison of %n candidates</source>
        <translation>
            <numerusform>Vergleich: %n Kandidat</numerusform>
            <numerusform>Vergleich: %n Kandidaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::Credits</name>
    <message>
        <location filename="../../core/about/credits.cpp" line="+22"/>
        <source>windows, widgets, text and files</source>
        <translation>Fenster, Bedienelemente, Text und Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading markdown (CommonMark with GitHub&apos;s tables)</source>
        <translation>Markdown lesen (CommonMark mit den Tabellen von GitHub)</translation>
    </message>
</context>
<context>
    <name>Shortlist::EditableText</name>
    <message>
        <location filename="../../core/edit/editabletext.cpp" line="+99"/>
        <source>the file is written in %1, which has no character for &apos;%2&apos; (line %3); save it as UTF-8 instead, or replace the character</source>
        <translation>die Datei verwendet die Kodierung %1, die kein Zeichen für „%2“ kennt (Zeile %3); speichern Sie sie stattdessen als UTF-8 oder ersetzen Sie das Zeichen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>with this change the file would no longer be read: it %1</source>
        <translation>nach dieser Änderung würde die Datei nicht mehr gelesen: sie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is written in %1, but with this change it would read as %2 and its text would change; save it as UTF-8 instead</source>
        <translation>die Datei verwendet die Kodierung %1, würde nach dieser Änderung aber als %2 gelesen und ihr Text änderte sich; speichern Sie sie stattdessen als UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with this change the file&apos;s line endings would read otherwise and its text would change; save it as UTF-8 instead</source>
        <translation>nach dieser Änderung würden die Zeilenenden der Datei anders gelesen und ihr Text änderte sich; speichern Sie sie stattdessen als UTF-8</translation>
    </message>
</context>
<context>
    <name>Shortlist::EditorPane</name>
    <message>
        <location filename="../../ui/editor/editorpane.cpp" line="+61"/>
        <location line="+21"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show the file as it is on disk now; Undo brings your changes back</source>
        <translation>Die Datei so zeigen, wie sie jetzt auf dem Datenträger ist; Rückgängig bringt Ihre Änderungen zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your text; saving will replace the file on disk</source>
        <translation>Ihren Text behalten; beim Speichern wird die Datei auf dem Datenträger ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+7"/>
        <source>Cannot Edit Profile</source>
        <translation>Profil kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 cannot be edited: it %2.</source>
        <translation>%1 kann nicht bearbeitet werden: Die Datei %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2, which Shortlist does not change.</source>
        <translation>%1 ist %2, das Shortlist nicht verändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 may have changed on disk since your unsaved changes were copied.</source>
        <translation>%1 wurde auf dem Datenträger möglicherweise geändert, seit Ihre ungespeicherten Änderungen gesichert wurden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to show: the text %1.</source>
        <translation>Nichts anzuzeigen: Der Text %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Save as UTF-8?</source>
        <translation>Als UTF-8 speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be saved as it is: %2.

Save it as UTF-8?</source>
        <translation>%1 kann nicht unverändert gespeichert werden: %2.

Als UTF-8 speichern?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.

Your changes are still in the editor, not saved.</source>
        <translation>%1 %2.

Ihre Änderungen sind noch im Editor und nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed on disk since you opened it. Replace it with your text?</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit Sie die Datei geöffnet haben. Durch Ihren Text ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop your changes to %1 and show it as it is on disk?</source>
        <translation>Ihre Änderungen an %1 verwerfen und die Datei so anzeigen, wie sie auf dem Datenträger ist?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read from disk any more; your text stays here until you save it.</source>
        <translation>%1 kann nicht mehr vom Datenträger gelesen werden; Ihr Text bleibt hier, bis Sie ihn speichern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was deleted or moved on disk. Your text stays here; saving writes it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht oder verschoben. Ihr Text bleibt hier; beim Speichern wird die Datei neu geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was changed on disk while you were editing it.</source>
        <translation>%1 wurde auf dem Datenträger geändert, während Sie die Datei bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (on disk)</source>
        <translation>%1 (auf dem Datenträger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre Fassung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes from the File on Disk to Yours</source>
        <translation>Änderungen von der Datei auf dem Datenträger zu Ihrer Fassung</translation>
    </message>
</context>
<context>
    <name>Shortlist::Experience</name>
    <message numerus="yes">
        <location filename="../../core/timeline/experience.cpp" line="+92"/>
        <source>%n yrs</source>
        <comment>years, abbreviated</comment>
        <translation>
            <numerusform>%n J.</numerusform>
            <numerusform>%n J.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mos</source>
        <comment>months, abbreviated</comment>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>undated (1 position)</source>
        <translation>ohne Datum (1 Position)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undated (%1 positions)</source>
        <translation>ohne Datum (%1 Positionen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 + %2 undated</source>
        <translation>%1 + %2 ohne Datum</translation>
    </message>
</context>
<context>
    <name>Shortlist::ExportDialog</name>
    <message>
        <location filename="../../ui/pdf/exportdialog.cpp" line="+31"/>
        <source>&amp;Blind review</source>
        <translation>&amp;Anonymisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Export PDF Summaries</source>
        <translation>
            <numerusform>PDF-Zusammenfassung exportieren</numerusform>
            <numerusform>PDF-Zusammenfassungen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out names, contacts, links and photos, and label the candidates A, B, C…</source>
        <translation>Namen, Kontaktdaten, Links und Fotos weglassen und die Kandidaten mit A, B, C… bezeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot make the PDF: %1</source>
        <translation>PDF kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>candidates-blind</source>
        <translation>kandidaten-anonymisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comparison-of-%1</source>
        <translation>vergleich-von-%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot Save PDF</source>
        <translation>PDF kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>could not be made</source>
        <translation>konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Shortlist::FilterBar</name>
    <message>
        <location filename="../../ui/library/filterbar.cpp" line="+26"/>
        <source>Search names, skills, companies, titles…</source>
        <translation>Namen, Kenntnisse, Unternehmen, Titel suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any experience</source>
        <translation>Beliebige Erfahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> yrs</source>
        <translation> J.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum total experience, counted from dated positions</source>
        <translation>Mindestens erforderliche Berufserfahrung insgesamt, berechnet aus Positionen mit Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum years of experience</source>
        <translation>Mindestanzahl Jahre Berufserfahrung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any location</source>
        <translation>Beliebiger Ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10,000 of 10,000</source>
        <translation>10.000 von 10.000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln candidates</source>
        <translation>
            <numerusform>%Ln Kandidat</numerusform>
            <numerusform>%Ln Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · %Ln undated hidden</source>
        <translation>
            <numerusform> · %Ln ohne Datum ausgeblendet</numerusform>
            <numerusform> · %Ln ohne Datum ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum experience hides candidates whose positions have no dates, as their experience is unknown. Set it to “Any experience” to see them.</source>
        <translation>Die Mindesterfahrung blendet Kandidaten aus, deren Stellen keine Datumsangaben haben, da ihre Erfahrung unbekannt ist. Stellen Sie „Beliebige Erfahrung“ ein, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>Shortlist::FindBar</name>
    <message>
        <location filename="../../ui/editor/findbar.cpp" line="+23"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorheriges suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find next (Enter)</source>
        <translation>Nächstes suchen (Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrapped around</source>
        <translation>Vom anderen Ende her fortgesetzt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
</context>
<context>
    <name>Shortlist::Import</name>
    <message>
        <location filename="../../core/import/documentimport.cpp" line="+40"/>
        <source>a PDF</source>
        <translation>ein PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument text</source>
        <translation>ein OpenDocument-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON Resume</source>
        <translation>ein JSON Resume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is %1, which this build of Shortlist cannot read</source>
        <translation>ist %1, das diese Version von Shortlist nicht lesen kann</translation>
    </message>
    <message>
        <location filename="../../core/import/jsonresume.cpp" line="+170"/>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is JSON but not a JSON Resume (it has no basics, work or education)</source>
        <translation>ist JSON, aber kein JSON Resume (es hat weder basics noch work noch education)</translation>
    </message>
    <message>
        <location filename="../../core/import/odtimport.cpp" line="+239"/>
        <source>is not an OpenDocument text (it looks like a Word .docx file)</source>
        <translation>ist kein OpenDocument-Text (es sieht aus wie eine Word-.docx-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an OpenDocument text (its zip archive has no content.xml)</source>
        <translation>ist kein OpenDocument-Text (sein Zip-Archiv enthält keine content.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>headings, lists or emphasis may be missing: the file %1</source>
        <translation>Überschriften, Listen oder Hervorhebungen fehlen vielleicht: Die Datei %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no text (the OpenDocument text is empty or holds only pictures)</source>
        <translation>enthält keinen Text (der OpenDocument-Text ist leer oder enthält nur Bilder)</translation>
    </message>
    <message>
        <location filename="../../core/import/wordimport.cpp" line="+91"/>
        <source>is not a Word document (it looks like an OpenDocument file)</source>
        <translation>ist kein Word-Dokument (es sieht aus wie eine OpenDocument-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Word document (its zip archive has no word/document.xml)</source>
        <translation>ist kein Word-Dokument (sein Zip-Archiv enthält keine word/document.xml)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>headings, lists or links may be missing: the file %1</source>
        <translation>Überschriften, Listen oder Links fehlen vielleicht: Die Datei %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a page header or footer was left out: the file %1</source>
        <translation>eine Kopf- oder Fußzeile wurde ausgelassen: Die Datei %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has no text (the Word document is empty or holds only pictures)</source>
        <translation>enthält keinen Text (das Word-Dokument ist leer oder enthält nur Bilder)</translation>
    </message>
    <message>
        <location filename="../../core/import/zipreader.cpp" line="+66"/>
        <source>no such file</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is damaged: its zip archive is incomplete (the file was cut short)</source>
        <translation>ist beschädigt: Ihr Zip-Archiv ist unvollständig (die Datei wurde abgeschnitten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is an old binary Word document (.doc) or a password-protected one; save it as .docx without a password to read it</source>
        <translation>ist ein altes binäres Word-Dokument (.doc) oder ein passwortgeschütztes; als .docx ohne Passwort speichern, um es zu lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a Word or OpenDocument file (it is not a zip archive)</source>
        <translation>ist keine Word- oder OpenDocument-Datei (sie ist kein Zip-Archiv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is damaged: its zip archive cannot be read (%1)</source>
        <translation>ist beschädigt: Ihr Zip-Archiv kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>has no %1 inside</source>
        <translation>enthält kein %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is encrypted (%1 needs a password)</source>
        <translation>ist verschlüsselt (%1 braucht ein Passwort)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is too large to read: %1 unpacks to %2 MB, more than the %3 MB Shortlist reads</source>
        <translation>ist zu groß zum Lesen: %1 wird entpackt %2 MB groß, mehr als die %3 MB, die Shortlist liest</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>is damaged: %1 cannot be unpacked (%2)</source>
        <translation>ist beschädigt: %1 kann nicht entpackt werden (%2)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>is too large to read: %1 unpacks to more than the %2 MB Shortlist reads</source>
        <translation>ist zu groß zum Lesen: %1 wird entpackt größer als die %2 MB, die Shortlist liest</translation>
    </message>
    <message>
        <location filename="../../core/import/pdfimport.cpp" line="+75"/>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a PDF Shortlist can read; it may be damaged</source>
        <translation>ist kein PDF, das Shortlist lesen kann; es ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is protected by a password</source>
        <translation>ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only the first %1 pages were read</source>
        <translation>nur die ersten %1 Seiten wurden gelesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read by OCR from the scanned pages (Tesseract, %1): check names, dates and figures against the original</source>
        <translation>per Texterkennung aus den gescannten Seiten gelesen (Tesseract, %1): Namen, Daten und Zahlen mit dem Original vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the first %1 scanned pages were read</source>
        <translation>nur die ersten %1 gescannten Seiten wurden gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no text in this PDF; it looks scanned</source>
        <translation>kein Text in diesem PDF; es sieht gescannt aus</translation>
    </message>
</context>
<context>
    <name>Shortlist::LibraryEntry</name>
    <message>
        <location filename="../../core/library/libraryentry.cpp" line="+156"/>
        <source>%1 @ %2</source>
        <comment>a position&apos;s title and company</comment>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>Shortlist::LibraryModel</name>
    <message>
        <location filename="../../core/library/librarymodel.cpp" line="+37"/>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current position</source>
        <translation>Aktuelle Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1% !</source>
        <translation>%1&#xa0;% !</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n positions without dates are not counted.</source>
        <translation>
            <numerusform>%n Position ohne Datum wird nicht mitgezählt.</numerusform>
            <numerusform>%n Positionen ohne Datum werden nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months in at least one dated position, overlaps counted once.</source>
        <translation>Monate in mindestens einer Position mit Datum; Überschneidungen werden nur einmal gezählt.</translation>
    </message>
</context>
<context>
    <name>Shortlist::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+97"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder of candidate profiles</source>
        <translation>Einen Ordner mit Kandidatenprofilen öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add candidate profiles to the library</source>
        <translation>Kandidatenprofile zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every profile again</source>
        <translation>Alle Profile neu einlesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red&amp;o</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Profile</source>
        <translation>Profil &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected profile&apos;s text and fields (double-click a row)</source>
        <translation>Text und Felder des ausgewählten Profils bearbeiten (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected candidates side by side (Ctrl+click or Shift+click to select several)</source>
        <translation>Die ausgewählten Kandidaten nebeneinander vergleichen (Strg+Klick oder Umschalt+Klick wählt mehrere aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF summary of the selected candidates, with a comparison page for several</source>
        <translation>Eine PDF-Zusammenfassung der ausgewählten Kandidaten, bei mehreren mit Vergleichsseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to Comparison</source>
        <translation>Zum Vergleich hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done Editing</source>
        <translation>Bearbeitung &amp;abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to reading the profile</source>
        <translation>Zurück zur Leseansicht des Profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Profile As</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.md *.markdown *.txt)</source>
        <translation>Profile (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normalize to House Style</source>
        <translation>An &amp;Hausstil angleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewrite the whole file as Shortlist writes profiles (one undo step)</source>
        <translation>Die ganze Datei so umschreiben, wie Shortlist Profile schreibt (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Line Numbers</source>
        <translation>Zeilen&amp;nummern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Original PDF</source>
        <translation>&amp;Original-PDF anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pages of the PDF this profile was read from, beside it</source>
        <translation>Die Seiten des PDFs, aus dem dieses Profil gelesen wurde, daneben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Colors</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dar&amp;k</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shortlist</source>
        <translation>Über &amp;Shortlist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show the files that could not be read</source>
        <translation>Die Dateien anzeigen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n requirements, %1 must-have</source>
        <translation>
            <numerusform>%n Anforderung, davon %1 Muss</numerusform>
            <numerusform>%n Anforderungen, davon %1 Muss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requirements</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shortlist %1</source>
        <translation>Shortlist %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select the candidates to export.</source>
        <translation>Wählen Sie die zu exportierenden Kandidaten aus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select two or more candidates to compare (Ctrl+click or Shift+click).</source>
        <translation>Wählen Sie zwei oder mehr Kandidaten zum Vergleichen aus (Strg+Klick oder Umschalt+Klick).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source># Your skill aliases, one per line, added to those Shortlist ships:
#   alias = Skill          the same skill (PG = PostgreSQL)
#   skill ~ Related Skill  related: partly meets a requirement (Helm ~ Kubernetes)
</source>
        <translation># Ihre Kenntnis-Aliasse, einer pro Zeile, zusätzlich zu denen, die Shortlist mitbringt:
#   Alias = Kenntnis               dieselbe Kenntnis (PG = PostgreSQL)
#   Kenntnis ~ verwandte Kenntnis  verwandt: erfüllt eine Anforderung teilweise (Helm ~ Kubernetes)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skill Aliases</source>
        <translation>Kenntnis-Aliasse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1 %2</source>
        <translation>Nicht gespeichert: %1 %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;This file could not be read: %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Diese Datei kann nicht gelesen werden – sie %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read from %1, %2</source>
        <translation>Gelesen aus %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&lt;p&gt;No candidate matches the search and filters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Kandidat passt zu Suche und Filtern.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1 of %2 files…</source>
        <translation>%1 von %2 Dateien werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln profiles read</source>
        <translation>
            <numerusform>%Ln Profil gelesen</numerusform>
            <numerusform>%Ln Profile gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Edit %1?</source>
        <translation>%1 bearbeiten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed. %2 is beside it: edit that instead?</source>
        <translation>%1 kann nicht geändert werden. Daneben liegt %2: stattdessen das bearbeiten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Edit Profile</source>
        <translation>Profil kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be edited: it %2.</source>
        <translation>%1 kann nicht bearbeitet werden: Die Datei %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit as Markdown?</source>
        <translation>Als Markdown bearbeiten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2. Shortlist edits profiles as markdown: it will write what it read in %1 to %3 beside it, and %3 is the profile from then on. %1 stays as it is.</source>
        <translation>%1 ist %2. Shortlist bearbeitet Profile als Markdown: Es schreibt, was es in %1 gelesen hat, nach %3 daneben, und von da an ist %3 das Profil. %1 bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist closed before your changes to %1 were saved (last copied %2).

Restore them in the editor?</source>
        <translation>Shortlist wurde beendet, bevor Ihre Änderungen an %1 gespeichert wurden (zuletzt gesichert: %2).

Im Editor wiederherstellen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not on disk any more; its recovered text is kept in %2.</source>
        <translation>%1 ist nicht mehr auf dem Datenträger vorhanden; der wiederhergestellte Text wird in %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CVs (*.md *.markdown *.txt *.pdf *.docx *.odt *.json);;All files (*)</source>
        <translation>Lebensläufe (*.md *.markdown *.txt *.pdf *.docx *.odt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No Recent Libraries</source>
        <translation>Keine zuletzt geöffneten Bibliotheken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; %3 (%4): %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; %3 (%4): %5&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Shortlist</source>
        <translation>Über Shortlist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Shortlist %1&lt;/h3&gt;&lt;p&gt;Read, compare and edit candidate profiles written in markdown or plain text.&lt;/p&gt;&lt;p&gt;Shortlist reads files only from your disk and never fetches anything from the network.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Shortlist is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shortlist %1&lt;/h3&gt;&lt;p&gt;Kandidatenprofile in Markdown oder reinem Text lesen, vergleichen und bearbeiten.&lt;/p&gt;&lt;p&gt;Shortlist liest Dateien nur von Ihrem Datenträger und lädt nie etwas aus dem Netzwerk.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Shortlist ist freie Software unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Shortlist::OriginalView</name>
    <message>
        <location filename="../../ui/originalview.cpp" line="+20"/>
        <source>Original document</source>
        <translation>Originaldokument</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This profile was not imported from a PDF.</source>
        <translation>Dieses Profil wurde nicht aus einem PDF importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be shown: QtPdf could not open it.</source>
        <translation>%1 kann nicht angezeigt werden: QtPdf konnte es nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Original: %1, %n page(s)</source>
        <translation>
            <numerusform>Original: %1, %n Seite</numerusform>
            <numerusform>Original: %1, %n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::ProblemsPanel</name>
    <message>
        <location filename="../../ui/library/problemspanel.cpp" line="+32"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Files that could not be read or were read with a warning</source>
        <translation>Dateien, die nicht gelesen werden konnten oder mit einer Warnung gelesen wurden</translation>
    </message>
</context>
<context>
    <name>Shortlist::ProfileEditor</name>
    <message>
        <location filename="../../core/edit/profileedit.cpp" line="+120"/>
        <source>unknown path</source>
        <translation>unbekannter Pfad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no %1[%2]: the profile has none</source>
        <translation>%1[%2] gibt es nicht: Das Profil hat keine solchen Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1[%2]: the profile has %3 (%1[0] to %1[%4])</source>
        <translation>%1[%2] gibt es nicht: Das Profil hat %3 (%1[0] bis %1[%4])</translation>
    </message>
    <message>
        <location line="+339"/>
        <location line="+55"/>
        <source>a start cannot be &apos;present&apos;</source>
        <translation>ein Beginn kann nicht „heute“ sein</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&apos;%1&apos; is not a date (write YYYY-MM or YYYY%2)</source>
        <translation>„%1“ ist kein Datum (schreiben Sie JJJJ-MM oder JJJJ%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, or present</source>
        <translation> oder „heute“</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&apos;%1&apos; is before the entry&apos;s start (%2)</source>
        <translation>„%1“ liegt vor dem Beginn des Eintrags (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is after the entry&apos;s end (%2)</source>
        <translation>„%1“ liegt nach dem Ende des Eintrags (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the entry has no start date; set its startDate first</source>
        <translation>der Eintrag hat kein Anfangsdatum; setzen Sie zuerst sein startDate</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the entry has no heading to put dates beside</source>
        <translation>der Eintrag hat keine Überschrift, neben die die Datumsangaben gesetzt werden könnten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the entry has no heading to add it to</source>
        <translation>der Eintrag hat keine Überschrift, zu der es hinzugefügt werden könnte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>an empty value cannot be added</source>
        <translation>ein leerer Wert kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no list to add to</source>
        <translation>es gibt keine Liste, zu der hinzugefügt werden könnte</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the value must be a JSON object such as %1</source>
        <translation>der Wert muss ein JSON-Objekt sein, etwa %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Feld „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no %1 entry to model the new one on</source>
        <translation>kein %1-Eintrag vorhanden, nach dessen Vorbild der neue angelegt werden könnte</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>the profile has no name or headline to put contacts under</source>
        <translation>das Profil hat weder Namen noch Berufsbezeichnung, unter die die Kontaktdaten gesetzt werden könnten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the profile has no name to put the headline under</source>
        <translation>das Profil hat keinen Namen, unter den die Berufsbezeichnung gesetzt werden könnte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile has no name line to change</source>
        <translation>das Profil hat keine Namenszeile, die geändert werden könnte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile has no summary yet; write one in the text</source>
        <translation>das Profil hat noch keine Zusammenfassung; schreiben Sie eine in den Text</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not a path (write it as the JSON export names fields, e.g. work[0].endDate)</source>
        <translation>kein Pfad (schreiben Sie ihn so, wie der JSON-Export Felder benennt, z. B. work[0].endDate)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the entry has no summary yet; write one in the text</source>
        <translation>der Eintrag hat noch keine Zusammenfassung; schreiben Sie eine in den Text</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the group is named by its section&apos;s heading, which says what the section is; give the skills a group name of their own in the text</source>
        <translation>die Gruppe trägt die Überschrift ihres Abschnitts, die sagt, was der Abschnitt ist; geben Sie den Kenntnissen im Text einen eigenen Gruppennamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group has no name to change</source>
        <translation>die Gruppe hat keinen Namen, der geändert werden könnte</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the entry has none yet; write it in the text</source>
        <translation>der Eintrag hat diese Angabe noch nicht; schreiben Sie sie in den Text</translation>
    </message>
</context>
<context>
    <name>Shortlist::ProfileFile</name>
    <message>
        <location filename="../../core/io/profilefile.cpp" line="+88"/>
        <source>is larger than 10 MB (%1 MB); not a profile Shortlist will read</source>
        <translation>ist größer als 10 MB (%1 MB); so große Profile liest Shortlist nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a text file (it holds binary data)</source>
        <translation>ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <source>no such file</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory, not a profile file</source>
        <translation>ist ein Ordner, keine Profildatei</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+63"/>
        <location line="+35"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+10"/>
        <source>is not a regular file (but a pipe, a device or a socket); not a profile Shortlist will read</source>
        <translation>ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket); kein Profil, das Shortlist liest</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>is larger than %1 MB (%2 MB); not a profile Shortlist will read</source>
        <translation>ist größer als %1 MB (%2 MB); so große Profile liest Shortlist nicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>was read only in part (%1 of %2 bytes)</source>
        <translation>wurde nur teilweise gelesen (%1 von %2 Bytes)</translation>
    </message>
</context>
<context>
    <name>Shortlist::ProfileForm</name>
    <message>
        <location filename="../../ui/editor/profileform.cpp" line="+263"/>
        <location line="+4"/>
        <location line="+77"/>
        <location line="+2"/>
        <location line="+77"/>
        <location line="+1"/>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+80"/>
        <location line="+79"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+80"/>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+86"/>
        <location line="+64"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+7"/>
        <location line="+238"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this language</source>
        <translation>Diese Sprache entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this certificate</source>
        <translation>Dieses Zertifikat entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>Dieses Projekt entfernen</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Headline</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+34"/>
        <location line="+45"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this position from the file</source>
        <translation>Diese Position aus der Datei entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove this highlight</source>
        <translation>Dieses Highlight entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a highlight and press Enter</source>
        <translation>Highlight eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Position…</source>
        <translation>Position hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Position</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this skill</source>
        <translation>Diese Kenntnis entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a skill and press Enter</source>
        <translation>Kenntnis eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove this entry from the file</source>
        <translation>Diesen Eintrag aus der Datei entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Institution</source>
        <translation>Bildungseinrichtung</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Degree</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Field</source>
        <translation>Fachrichtung</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add Education…</source>
        <translation>Ausbildung hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Education</source>
        <translation>Ausbildung hinzufügen</translation>
    </message>
</context>
<context>
    <name>Shortlist::ProfilePage</name>
    <message>
        <location filename="../../ui/profilehtml.cpp" line="+49"/>
        <source>present</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+209"/>
        <location line="+28"/>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Shortlist::ProfileParser</name>
    <message>
        <location filename="../../core/parser/parserimpl.cpp" line="+654"/>
        <source>not valid UTF-8; read as Windows-1252</source>
        <translation>kein gültiges UTF-8; als Windows-1252 gelesen</translation>
    </message>
</context>
<context>
    <name>Shortlist::ProfileView</name>
    <message>
        <location filename="../../ui/profileview.cpp" line="+172"/>
        <source>Show in File</source>
        <translation>In der Datei zeigen</translation>
    </message>
</context>
<context>
    <name>Shortlist::Requirements</name>
    <message>
        <location filename="../../core/compare/requirements.cpp" line="+105"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (must-have)</source>
        <translation>%1 (Muss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (must-have; related: %2)</source>
        <translation>%1 (Muss; verwandt: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Met: %1</source>
        <translation>Erfüllt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly: %1</source>
        <translation>Teilweise: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed: %1</source>
        <translation>Nicht erfüllt: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only in the text</source>
        <translation>nur im Text</translation>
    </message>
</context>
<context>
    <name>Shortlist::RequirementsBar</name>
    <message>
        <location filename="../../ui/library/requirementsbar.cpp" line="+27"/>
        <source>Role &amp;needs:</source>
        <translation>An&amp;forderungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go, Kubernetes, PostgreSQL, !Rust   (! marks a must-have)</source>
        <translation>Go, Kubernetes, PostgreSQL, !Rust   (! kennzeichnet ein Muss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The skills the role needs, separated by commas. Every candidate gets a match score: a skill they list (or an alias of it) meets a requirement; a related skill, or the skill named only in their CV&apos;s text, meets it partly.</source>
        <translation>Die Kenntnisse, die die Position erfordert, durch Kommas getrennt. Jeder Kandidat erhält einen Übereinstimmungswert: Eine aufgeführte Kenntnis (oder ein Alias davon) erfüllt eine Anforderung; eine verwandte Kenntnis oder eine, die nur im Text des Lebenslaufs vorkommt, erfüllt sie teilweise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per Line…</source>
        <translation>Eine pro Zeile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the requirements as a list, one per line (paste them from a job ad)</source>
        <translation>Die Anforderungen als Liste bearbeiten, eine pro Zeile (zum Einfügen aus einer Stellenanzeige)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skill Aliases…</source>
        <translation>Kenntnis-Aliasse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which names mean the same skill (Golang = Go) and which are related</source>
        <translation>Welche Namen dieselbe Kenntnis bezeichnen (Golang = Go) und welche verwandt sind</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Role Needs</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One skill per line; start a line with ! for a must-have.</source>
        <translation>Eine Kenntnis pro Zeile; beginnen Sie eine Zeile mit ! für ein Muss.</translation>
    </message>
</context>
<context>
    <name>Shortlist::SkillNormalizer</name>
    <message>
        <location filename="../../core/compare/skillnormalizer.cpp" line="+87"/>
        <source>line %1: &apos;%2&apos; is neither &apos;alias = skill&apos; nor &apos;skill ~ related skill&apos;</source>
        <translation>Zeile %1: „%2“ ist weder „Alias = Kenntnis“ noch „Kenntnis ~ verwandte Kenntnis“</translation>
    </message>
</context>
<context>
    <name>Shortlist::SkillPicker</name>
    <message>
        <location filename="../../ui/library/skillpicker.cpp" line="+62"/>
        <source>Show only candidates who have all of the ticked skills</source>
        <translation>Nur Kandidaten anzeigen, die alle angekreuzten Kenntnisse haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a skill</source>
        <translation>Kenntnis suchen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skills: %1</source>
        <translation>Kenntnisse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates must have all of: %1</source>
        <translation>Kandidaten müssen alle diese Kenntnisse haben: %1</translation>
    </message>
</context>
<context>
    <name>Shortlist::SourceDialog</name>
    <message>
        <location filename="../../ui/sourcedialog.cpp" line="+61"/>
        <source>Read-only: editing comes with the editor.</source>
        <translation>Schreibgeschützt: Bearbeiten Sie die Datei im Editor.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — Shortlist</source>
        <translation>%1 — Shortlist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Shortlist::SummaryPdf</name>
    <message>
        <location filename="../../core/pdf/summarypdf.cpp" line="+128"/>
        <source>present</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[link]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Experience: %1</source>
        <translation>Berufserfahrung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employers</source>
        <translation>
            <numerusform>%n Arbeitgeber</numerusform>
            <numerusform>%n Arbeitgeber</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>average tenure %1</source>
        <translation>mittlere Verweildauer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gaps unknown (no dates)</source>
        <translation>Lücken unbekannt (keine Datumsangaben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest gap %1</source>
        <translation>längste Lücke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no gaps</source>
        <translation>keine Lücken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Match %1%: %2</source>
        <translation>Übereinstimmung %1&#xa0;%: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n yrs)</source>
        <comment>a skill and its years</comment>
        <translation>
            <numerusform>%1 (%n J.)</numerusform>
            <numerusform>%1 (%n J.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>+ %n more highlights</source>
        <translation>
            <numerusform>+ %n weiteres Highlight</numerusform>
            <numerusform>+ %n weitere Highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>…and %n more positions: %1</source>
        <translation>
            <numerusform>…und %n weitere Position: %1</numerusform>
            <numerusform>…und %n weitere Positionen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+138"/>
        <source>Comparison of %1 candidates</source>
        <translation>Vergleich von %1 Kandidaten</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Role needs: %1</source>
        <translation>Anforderungen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shared: %1</source>
        <translation>Gemeinsam: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this candidate: %1</source>
        <translation>Nur dieser Kandidat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more in common with some</source>
        <translation>
            <numerusform>%n weitere Kenntnis mit einigen gemeinsam</numerusform>
            <numerusform>%n weitere Kenntnisse mit einigen gemeinsam</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Careers on one time axis</source>
        <translation>Werdegänge auf einer Zeitachse</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no candidates to export</source>
        <translation>keine Kandidaten zum Exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot start a PDF</source>
        <translation>PDF kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Shortlist::TimelinePainter</name>
    <message>
        <location filename="../../core/timeline/timelinepainter.cpp" line="+51"/>
        <source>%1 – present</source>
        <translation>%1 – heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n Highlight</numerusform>
            <numerusform>%n Highlights</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gap of %1
%2 – %3</source>
        <translation>Lücke von %1
%2 – %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overlap of %1 (%2 – %3)
%4</source>
        <translation>Überschneidung von %1 (%2 – %3)
%4</translation>
    </message>
    <message>
        <location line="+168"/>
        <source> @ </source>
        <translation> – </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>overlap %1</source>
        <translation>Überschneidung %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No dates written; positions in file order:</source>
        <translation>Keine Datumsangaben; Positionen in Dateireihenfolge:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undated, in file order:</source>
        <translation>Ohne Datum, in Dateireihenfolge:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>…and %n more</source>
        <comment>undated positions left out</comment>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/timelineview.cpp" line="+222"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole career</source>
        <translation>Den gesamten Werdegang anzeigen</translation>
    </message>
</context>
<context>
    <name>Shortlist::TimelineView</name>
    <message>
        <location line="-193"/>
        <source>Career timeline</source>
        <translation>Zeitleiste des Werdegangs</translation>
    </message>
</context>
</TS>
