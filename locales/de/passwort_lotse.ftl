# Passwort-Lotse – deutsche Texte der Oberfläche.
# Kurze Sätze, die man am Telefon vorlesen kann.

app-name = Passwort-Lotse

## Navigation
nav-next = Weiter
nav-back = Zurück
nav-overview = Übersicht
screen-welcome = Willkommen
screen-incident = Vorfall, Seite { $page }
screen-profile = Praxisprofil
screen-plan = Plan
screen-recovery = Aufzeichnung wiederherstellen
screen-overview = Übersicht
progress-settled = { $settled } von { $total } bearbeitet{ $na ->
        [0] {""}
       *[other] , davon { $na } „trifft nicht zu“
    }
menu-language = Sprache: { $language }
menu-worker = Sie sind: { $name }
menu-worker-switch = Wer arbeitet jetzt?
menu-worker-other = Anderer Name
menu-worker-apply = Übernehmen
help-line = Hilfe: { $provider }
notice-dismiss = Schließen

## Übungsmodus
demo-banner = Übungsmodus: Hier üben Sie an einer Beispiel-Praxis. Ihre echte Aufzeichnung bleibt unberührt.
demo-reset = Übung von vorn beginnen
demo-reset-done = Die Übung wurde zurückgesetzt.

## Willkommen
welcome-title = Willkommen beim Passwort-Lotsen
welcome-intro = Dieses Programm führt Sie Schritt für Schritt durch den Wechsel aller Passwörter Ihrer Praxis. Es merkt sich, wer was wann eingetragen hat. Sie können jederzeit aufhören und später weitermachen.
welcome-language = Sprache
welcome-who = Wer arbeitet jetzt?
welcome-who-known = Klicken Sie auf Ihren Namen oder schreiben Sie ihn in das Feld.
welcome-name-label = Ihr Name
welcome-name-needed = Bitte geben Sie zuerst Ihren Namen ein.
welcome-start = Los geht's

## Vorfall
incident-page = Seite { $page } von { $pages }
incident-do = Das tun Sie
incident-dont = Das lassen Sie

## Praxisprofil
profile-title = Ihre Praxis
profile-intro = Sagen Sie uns, was es in Ihrer Praxis gibt. Daraus entsteht Ihr Plan. Sie können das später jederzeit ändern, ohne dass Erledigtes verloren geht.
profile-incomplete = Bitte tragen Sie den Namen der Praxis und mindestens einen Computer ein. Dann geht es weiter.
profile-unsaved = Ihre Änderungen werden gespeichert, wenn Sie auf „Weiter“ klicken.
profile-practice = Praxis
profile-practice-name = Name der Praxis
profile-pvs = Praxissoftware, z. B. der Produktname
profile-it-contact = IT-Notfallkontakt: Name und Telefonnummer
profile-staff = Team
profile-staff-hint = Alle, die sich an Windows oder der Praxissoftware anmelden. Für jede Person gibt es eigene Aufgaben.
profile-person-name = Name von Person { $number }
profile-remove-person = { $name } entfernen
profile-new-person = Neue Person
profile-add-person = Person hinzufügen
profile-devices = Geräte
profile-devices-hint = Jeder Computer und Server bekommt eigene Aufgaben. Geben Sie ihnen Namen, die alle kennen, z. B. „Empfang-PC“.
profile-device-name = Name von { $kind } { $number }
profile-remove-device = { $name } entfernen
profile-add-workstation = Arbeitsplatz hinzufügen
profile-add-server = Server hinzufügen
profile-add-card-terminal = Kartenterminal hinzufügen
profile-konnektor = Konnektor
profile-konnektor-hint = Der Konnektor verbindet die Praxis mit der Telematik-Infrastruktur (TI). Liest Ihre Praxis Versichertenkarten? Nutzt sie KIM oder E-Rezept? Dann ist sie an der TI. Das gilt auch ohne Konnektor in der Praxis. Das Modell weiß Ihr IT-Dienstleister. Wissen Sie es nicht, bekommen Sie eine Aufgabe, es zu klären.
profile-accounts = Was gibt es in Ihrer Praxis?
profile-accounts-hint = Antworten Sie mit Ja, Nein oder Weiß ich nicht. Nur ein „Nein“ nimmt Aufgaben aus dem Plan. Bei „Weiß ich nicht“ klärt die Aufgabe es zuerst. Router, Firewall und Datensicherung hat jede Praxis: Diese Aufgaben kommen immer.

device-workstation = Arbeitsplatz
device-server = Server
device-card-terminal = Kartenterminal

konnektor-kocobox = KoCoBox MED+ (CGM)
konnektor-secunet = secunet konnektor
konnektor-rise = RISE Konnektor
konnektor-ti-gateway = TI-Gateway (im Rechenzentrum)
konnektor-other = Ein anderes Modell

account-email = E-Mail-Postfach
account-kim = KIM (E-Mail im Medizinwesen)
account-remote-maintenance = Fernwartung (z. B. TeamViewer)
account-router = Router (z. B. FRITZ!Box)
account-online-banking = Online-Banking
account-backup = Datensicherung
account-kv-portal = Portal der KV
account-website = Praxis-Webseite

## Plan und Übersicht
plan-title = Ihr Plan: { $total } Aufgaben
plan-intro = Die Aufgaben stehen in der Reihenfolge, in der Fachleute sie erledigen. Fangen Sie oben an. Sie können jede Aufgabe auch direkt öffnen.
plan-start = Mit der ersten Aufgabe beginnen
overview-title = Übersicht
overview-next-open = Weiter mit der nächsten offenen Aufgabe ({ $code })
overview-all-settled = Alle Aufgaben sind bearbeitet{ $na ->
        [0] .
        [one] , eine davon trifft hier nicht zu.
       *[other] , { $na } davon treffen hier nicht zu.
    } Als Nächstes prüft die Praxisinhaberin oder der Praxisinhaber alles und schließt ab.
overview-edit-profile = Praxisprofil ändern
task-list-by = { $name }, { $time }

category-backdoors = Hintertüren schließen
category-admin = Administrator-Zugänge
category-staff = Zugänge des Teams
category-ti = Telematik-Infrastruktur (TI)
category-accounts = Weitere Zugänge
category-follow-up = Danach

status-name-open = Offen
status-name-need-help = Hilfe nötig
status-name-done = Erledigt
status-name-tested = Getestet
status-name-not-applicable = Trifft nicht zu

## Aufgabe
task-position = Aufgabe { $number } von { $total }
task-why = Warum?
task-steps = So geht's
task-traps = Achtung
task-status = Stand:
task-saved = gespeichert
task-not-saved = noch nicht gespeichert
task-reason-shown = Grund: { $reason }
task-what-now = Wie ist es gelaufen?
task-done = Erledigt
task-done-changed = Erledigt: Passwort geändert
task-tested = Getestet: neue Anmeldung klappt
task-not-applicable = Trifft hier nicht zu
task-need-help = Ich brauche Hilfe
task-reopen = Wieder öffnen
task-reason-label = Warum trifft das hier nicht zu?
task-reason-hint = Zum Beispiel: „Gerät gibt es nicht mehr“. Schreiben Sie hier nie ein Passwort hin.
task-reason-save = Grund speichern
task-reason-cancel = Abbrechen
task-help-title = So bekommen Sie Hilfe
task-help-read-out = Lesen Sie am Telefon vor:
task-help-script = Hier ist { $practice }. Wir sind bei Aufgabe { $code }: „{ $title }“. Wir kommen nicht weiter.
task-help-never-password = Nennen Sie am Telefon nie ein Passwort oder eine PIN. Echte Helfer fragen nie danach.
task-help-number-from-profile = Diese Nummer steht in Ihrem Praxisprofil. Ist sie anders als im Wartungsvertrag oder auf der gedruckten Telefonliste? Dann rufen Sie die gedruckte Nummer an. Sagen Sie es der Praxisleitung.

## Probleme beim Speichern
save-failed-title = Noch nicht gespeichert
save-kept-in-memory = Ihre Arbeit ist nicht verloren: Das Programm behält sie und versucht es alle paar Sekunden wieder. Schließen Sie das Programm jetzt nicht.
save-retry = Jetzt erneut speichern
save-disk-full = Der Speicherplatz ist voll. Bitten Sie Ihren IT-Dienstleister, Platz zu schaffen.
save-not-writable = Das Programm darf im Ordner der Aufzeichnung nicht schreiben. Vielleicht fehlen die Rechte.
save-folder-missing = Der Ordner der Aufzeichnung ist nicht erreichbar, z. B. weil das Netzlaufwerk fehlt.
save-other = Die Aufzeichnung konnte nicht gespeichert werden.
read-only-title = Nur lesen
read-only-body = Die Aufzeichnung ist gerade auf „{ $workstation }“ geöffnet. Damit nichts durcheinandergerät, können Sie hier nur lesen. Schließen Sie das Programm dort, dann können Sie hier weiterarbeiten.
read-only-unknown = einem anderen Computer
read-only-retry = Erneut versuchen

## Beschädigte Aufzeichnung
recovery-title = Die Aufzeichnung lässt sich nicht öffnen
recovery-kept-aside = Nichts wird gelöscht: Die beschädigte Datei wird zur Seite gelegt, damit Ihr IT-Dienstleister sie prüfen kann.
recovery-backup-found = Es gibt eine gute Sicherung vom { $time } mit { $events } Einträgen.
recovery-use-backup = Sicherung verwenden
recovery-no-backup = Es gibt keine Sicherung.
recovery-or = Oder:
recovery-start-over = Neue Aufzeichnung beginnen
recovery-call-support = Wenn Sie unsicher sind, rufen Sie Ihren IT-Dienstleister an, bevor Sie etwas wählen.
damaged-truncated = Die Datei ist unvollständig, vielleicht wegen eines Stromausfalls beim Kopieren.
damaged-garbage = Die Datei ist keine Aufzeichnung des Passwort-Lotsen.
damaged-newer = Die Aufzeichnung stammt von einer neueren Version des Programms (Format { $schema }). Bitte installieren Sie die neue Version.
damaged-edited = Die Aufzeichnung wurde außerhalb des Programms verändert. Darum wird ihr nicht mehr vertraut.

## Playbook
playbook-rejected-title = Die Anleitungsdatei wurde nicht geladen
playbook-rejected-fallback = Das Programm verwendet die eingebaute Anleitung.
playbook-unreadable = Die Datei { $file } lässt sich nicht lesen: { $reason }
playbook-syntax = In { $file }, Zeile { $line }, Spalte { $column } ist ein Schreibfehler: { $detail }
playbook-invalid = In { $file }, Zeile { $line }: { $detail }
playbook-problem-schema = Die Datei hat das Format { $version }. Dieses Programm kennt nur Format 2. Bitten Sie Ihren IT-Dienstleister um eine neue Anleitungsdatei.
playbook-problem-empty = Die Datei enthält keine Aufgaben oder keine Erklärung des Vorfalls.
playbook-problem-duplicate-id = Die Kennung „{ $id }“ kommt zweimal vor.
playbook-problem-duplicate-code = Der Code „{ $code }“ kommt zweimal vor.
playbook-problem-bad-code = Der Code „{ $code }“ muss ein Großbuchstabe, ein Bindestrich und eine Zahl sein, z. B. B-3.
playbook-problem-missing-incident-text = Ein Text zum Vorfall fehlt auf Deutsch oder Englisch.
playbook-problem-missing-text = Bei Aufgabe „{ $id }“ fehlt ein Text auf Deutsch oder Englisch.
playbook-problem-no-steps = Aufgabe „{ $id }“ hat keine Schritte.
playbook-problem-step-too-long = Ein Schritt von Aufgabe „{ $id }“ ist länger als eine Zeile.
playbook-problem-out-of-order = Aufgabe „{ $id }“ steht vor einer Aufgabe, die zuerst kommen muss.

## Kurzbericht (passwort-lotse status)
status-practice = Praxis: { $practice }
status-no-profile = (noch kein Praxisprofil)
status-progress = { $settled } von { $total } Aufgaben bearbeitet{ $na ->
        [0] {""}
       *[other] , davon { $na } „trifft nicht zu“
    }
status-counts = Erledigt { $done }, getestet { $tested }, trifft nicht zu { $na }, Hilfe nötig { $help }, offen { $open }
status-open-codes = Offen: { $codes }
status-help-codes = Hilfe nötig: { $codes }
status-playbook = Anleitung: { $id }, Stand { $version }
status-none = keine
status-unreadable = Die Aufzeichnung lässt sich nicht lesen: { $error } Datei: { $file }

## Abschlussprotokoll (PDF)
cert-title-final = Abschlussprotokoll
cert-title-interim = Zwischenstand
cert-interim-banner = ZWISCHENSTAND – Die Arbeit ist noch nicht abgeschlossen und nicht bestätigt.
cert-practice = Praxis: { $practice }
cert-incident = Vorfall: { $incident }
cert-period = Zeitraum der Arbeit: { $from } bis { $to }
cert-summary = { $total } Aufgaben: { $done } erledigt, { $tested } getestet, { $na } trifft nicht zu, { $help } Hilfe nötig, { $open } offen.
cert-times-note = Alle Zeiten in Ortszeit (UTC{ $offset }).
cert-tasks-heading = Aufgaben
cert-col-code = Code
cert-col-task = Aufgabe
cert-col-subject = Gerät / Person
cert-col-status = Stand
cert-col-by = Eingetragen von
cert-col-when = Wann
cert-reason = Grund: { $reason }
cert-facts-heading = Angaben zum Vorfall
cert-learned = Die Praxis hat am { $time } vom Vorfall erfahren: { $how }
cert-learned-missing = Wann die Praxis vom Vorfall erfahren hat, ist nicht erfasst.
cert-report-reported = Meldung an die Datenschutzbehörde: am { $date } an { $authority }, Aktenzeichen { $reference }.
cert-report-not-reported = Keine Meldung an die Datenschutzbehörde. Grund: { $reason }
cert-report-undecided = Über die Meldung an die Datenschutzbehörde ist noch nicht entschieden.
cert-patients-informed = Patientinnen und Patienten informiert am { $date }: { $how }
cert-patients-not-informed = Patientinnen und Patienten nicht informiert. Grund: { $reason }
cert-patients-undecided = Ob Patientinnen und Patienten informiert werden, ist noch nicht entschieden.
cert-signoff-heading = Abschluss
cert-signed = Als bestätigt eingetragen von { $name } ({ $role }) am { $time }. Die Aufstellung gibt nach ihrem oder seinem Wissen den Stand richtig wieder.
cert-signoff-outdated = Die Bestätigung von { $name } vom { $time } gilt nicht mehr. Am { $changed } wurde danach noch etwas geändert.
cert-not-signed = Noch nicht abgeschlossen und nicht bestätigt.
cert-seal-heading = Siegel
cert-seal-explain = In dieser Datei steckt die Aufzeichnung, aus der das Protokoll entstand. Der Schlüssel des Computers, auf dem es entstand, hat sie versiegelt. Fingerabdruck und Kurzcode dieses Schlüssels stehen unten. Die Prüfung mit passwort-lotse verify <Datei> sagt zweierlei. Erstens: ob die Datei seit dem Versiegeln unverändert ist. Zweitens: ob der prüfende Computer den Schlüssel kennt. Vergleichen Sie den Fingerabdruck mit dem Schlüsselblatt, das die Praxis selbst aufbewahrt. Ein Blatt, das mit dieser Datei kam, beweist nichts. Ob die Angaben stimmen, bestätigt das Siegel nicht.
cert-document-id = Dokument-ID: { $id }
cert-verification-code = Prüfcode: { $code }
cert-fingerprint = Schlüssel-Fingerabdruck: { $fingerprint } (Kurzcode { $code })
cert-key-source-store = Der Schlüssel liegt im Schlüsselbund des Betriebssystems.
cert-key-source-file = Der Schlüssel liegt in einer Datei im Datenordner, weil kein Schlüsselbund verfügbar war.
cert-footer = { $id } · erstellt { $time } · Seite { $page } von { $pages }
cert-attachment-record = Die Aufzeichnung, aus der dieses Dokument erstellt wurde
cert-attachment-playbook = Die Anleitung, nach der gearbeitet wurde
cert-attachment-seal = Das Siegel: Prüfsummen und Signatur

## Prüfen (passwort-lotse verify)
verify-valid = Die Datei ist unverändert, seit sie mit dem Schlüssel unten versiegelt wurde. Wessen Schlüssel das ist, steht am Ende.
verify-valid-other-version = ACHTUNG: Die sichtbaren Seiten wurden nicht geprüft, denn Version { $version } hat sie erstellt. Sie können verändert sein. Verlassen Sie sich nicht auf sie. Geprüft ist nur die eingebettete Aufzeichnung. Ihr IT-Dienstleister kann die Datei mit Version { $version } prüfen.
verify-kind = Art: { $kind }
verify-document = Dokument-ID: { $id }
verify-practice = Praxis: { $practice }
verify-fingerprint = Schlüssel-Fingerabdruck: { $fingerprint } (Kurzcode { $code })
verify-code = Prüfcode dieses Dokuments (steht nicht auf dem Schlüsselblatt): { $code }
verify-not-certificate = Diese Datei ist kein Protokoll aus dem Passwort-Lotsen.
verify-invalid = UNGÜLTIG: { $reason }
verify-truncated = Die Datei ist abgeschnitten und unvollständig.
verify-seal-damaged = Das Siegel ist beschädigt.
verify-bad-signature = Die Signatur passt nicht: Das Siegel wurde verändert.
verify-record-changed = Die eingebettete Aufzeichnung fehlt oder wurde verändert.
verify-playbook-changed = Die eingebettete Anleitung fehlt oder wurde verändert.
verify-pages-changed = Die sichtbaren Seiten wurden verändert: Sie passen nicht zur eingebetteten Aufzeichnung.
verify-unreadable = Die Datei lässt sich nicht lesen: { $error }
certificate-written = Protokoll gespeichert: { $file }
certificate-failed = Das Protokoll konnte nicht erstellt werden: { $error }
export-not-writable = Die Datei lässt sich dort nicht speichern. Ist sie in einem anderen Programm geöffnet oder ist der Ordner schreibgeschützt? Schließen Sie das andere Programm oder wählen Sie einen anderen Ordner.
export-folder-missing = Den gewählten Ordner gibt es nicht (mehr). Bitte wählen Sie einen anderen.
export-other = Beim Erstellen ist ein Fehler aufgetreten. Bitte rufen Sie Ihren IT-Dienstleister an.

## Prüfung und Abschluss
nav-review = Prüfen & abschließen
screen-review = Prüfung
screen-facts = Angaben zum Vorfall
screen-signoff = Abschluss
review-title = Prüfung und Abschluss
review-not-signed = Noch nicht abgeschlossen.
review-signed = Abgeschlossen von { $name } ({ $role }) am { $time }.
review-signoff-outdated = Der Abschluss von { $name } vom { $time } gilt nicht mehr, weil danach etwas geändert wurde. Bitte erneut prüfen und abschließen.
review-blockers = Das fehlt noch bis zum Abschluss
review-no-blockers = Alles ist entschieden. Sie können abschließen.
review-more-blockers = … und { $count } weitere.
review-blocker-task = { $code } { $title } ({ $status })
review-blocker-learned = Angaben zum Vorfall: wann die Praxis davon erfahren hat
review-blocker-report = Angaben zum Vorfall: Entscheidung über die Meldung eintragen
review-blocker-patients = Angaben zum Vorfall: Entscheidung über die Information der Patienten eintragen
review-edit-facts = Angaben zum Vorfall
review-sign-off = Abschließen und bestätigen
review-export = Protokoll als PDF speichern
review-exported = Gespeichert: { $file } (Dokument-ID { $id })
review-export-failed = Das Protokoll wurde nicht gespeichert
review-export-retry = Erneut versuchen
review-export-elsewhere = Anderen Ort wählen
review-tasks = Alle Aufgaben
review-filter-all = Alle
review-filter-open = Nur offene
review-filter-help = Nur „Hilfe nötig“
review-filter-na = Nur „trifft nicht zu“
facts-title = Angaben zum Vorfall
facts-intro = Diese Angaben gehören zur Dokumentation des Vorfalls (DSGVO Art. 33 Abs. 5). Die Fragen stehen auch als Aufgaben im Plan; beide zeigen dieselbe Antwort.
facts-learned = Wann und wie hat die Praxis davon erfahren?
facts-learned-at = Datum und Uhrzeit, z. B. 28.11.2026 09:30
facts-learned-how = Wie? Zum Beispiel: Brief des Anbieters, Anruf, Presse
facts-report = Meldung an die Datenschutzbehörde
facts-report-hint = Ob gemeldet wird, entscheidet die Praxisinhaberin oder der Praxisinhaber. Wenn ja: unverzüglich, spätestens 72 Stunden, nachdem die Praxis davon erfuhr. Sind Patientendaten betroffen, ist eine Meldung fast immer nötig. Fehlt noch etwas, melden Sie rechtzeitig und reichen den Rest nach.
facts-undecided = Noch nicht entschieden
facts-reported = Gemeldet
facts-not-reported = Nicht gemeldet
facts-report-on = Gemeldet am (Datum)
facts-authority = An welche Behörde?
facts-reference = Aktenzeichen (falls vorhanden)
facts-report-reason = Warum nicht gemeldet?
facts-patients = Patientinnen und Patienten informieren
facts-patients-informed = Informiert
facts-patients-not-informed = Nicht informiert
facts-patients-on = Informiert am (Datum)
facts-patients-how = Wie? Zum Beispiel: Brief, Aushang
facts-patients-reason = Warum nicht?
facts-bad-date = Ein Datum lässt sich nicht lesen. Bitte so schreiben: 28.11.2026 oder 28.11.2026 09:30
facts-save = Angaben speichern
signoff-title = Abschließen und bestätigen
signoff-intro = Mit Ihrer Bestätigung schließen Sie die Arbeit ab. Danach können Sie das Abschlussprotokoll speichern.
signoff-blocked = Es fehlt noch etwas ({ $count ->
        [one] ein Punkt
       *[other] { $count } Punkte
    }). Erst wenn alles entschieden ist, können Sie abschließen.
signoff-to-review = Zur Prüfung
signoff-name = Ihr Name
signoff-role = Ihre Rolle, z. B. Praxisinhaberin
signoff-confirm = Ich habe die Aufstellung geprüft. Sie gibt nach meinem Wissen den Stand richtig wieder.
signoff-button = Abschluss bestätigen
signoff-needs = Bitte Name und Rolle eintragen und die Bestätigung ankreuzen.

## Passwort-Hilfe
pw-title = Hilfe beim neuen Passwort
pw-rule-length = mindestens { $min } Zeichen
pw-rule-classes = { $classes } von 4 Zeichenarten (Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen wie ! oder -; das €-Zeichen zählt nicht)
pw-rule-no-name = keinen Benutzernamen im Passwort
pw-check-label = Neues Passwort prüfen (freiwillig, wird nirgends gespeichert)
pw-check-hint = Tippen Sie Ihr neues Passwort hier ein, bevor Sie es im System setzen. Das Programm sagt Ihnen, ob es gut ist.
pw-show = Anzeigen
pw-clear = Leeren
pw-strength-weak = Schwach: Bitte nicht verwenden.
pw-strength-fair = Mittel: besser, aber für Angreifer noch zu leicht zu erraten.
pw-strength-strong = Stark: gut so.
pw-fail-short = Es braucht mindestens { $min } Zeichen.
pw-fail-classes = Es braucht { $classes } von 4 Zeichenarten: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen wie ! oder - (das €-Zeichen zählt nicht).
pw-fail-name = Es darf den Benutzernamen nicht enthalten.
pw-fail-digits = Eine PIN besteht nur aus Ziffern.
pw-fail-pin-length = Die PIN braucht { $min } bis { $max } Ziffern.
pw-find-common = Das ist eines der häufigsten Passwörter. Angreifer probieren es zuerst.
pw-find-season = Jahreszeit oder Monat mit Jahreszahl (wie „Sommer2026“) wird sofort erraten.
pw-find-praxis = „Praxis“ oder „Passwort“ im Passwort wird sofort erraten.
pw-find-keyboard = Tastenreihen wie „qwertz“ oder „12345“ werden sofort erraten.
pw-find-practice = „{ $word }“ gehört zu Ihrer Praxis. Angreifer probieren solche Wörter zuerst.
pw-find-short = Kürzer als die empfohlenen { $min } Zeichen.
pw-find-pattern = Es enthält ein leicht erkennbares Muster, etwa ein Datum, eine Wiederholung oder ein einzelnes Wort.
pw-find-words = Besser: vier oder mehr zufällige Wörter, zum Beispiel der Vorschlag unten.
pw-suggest = Passwort vorschlagen
pw-bits-strong = Zufällig gewählt und lang genug: Das ist praktisch nicht zu erraten.
pw-copy = Kopieren
pw-copied = Kopiert. In { $seconds } Sekunden leert das Programm die Zwischenablage wieder.
pw-copy-failed = Kopieren ist hier nicht möglich. Bitte tippen Sie den Vorschlag ab.
pw-remote-hidden = Jemand sieht Ihren Bildschirm (Fernwartung). Darum werden Vorschläge und das Anzeigen ausgeblendet.
remote-toggle = Jemand sieht meinen Bildschirm (Fernwartung)
profile-city = Ort der Praxis
menu-settings = Einstellungen
clock-left = Eine nötige Meldung an die Datenschutzbehörde geht unverzüglich raus, spätestens bis { $deadline }. Noch { $hours ->
        [one] eine Stunde
       *[other] { $hours } Stunden
    }.
clock-passed = Die 72 Stunden sind seit { $deadline } vorbei. Ist eine Meldung nötig, melden Sie sofort und begründen Sie die Verspätung.
clock-explain = Die 72 Stunden zählen ab dem Zeitpunkt, an dem die Praxis davon erfuhr. Die Frist hält nur eine Meldung ein oder eine begründete Entscheidung dagegen. Ein Eintrag hier allein meldet nichts.
clock-decide = Entscheidung eintragen
playbook-problem-reserved-code = Der Code „{ $code }“ beginnt mit einem Buchstaben, den das Programm für eigene Bildschirme nutzt (P, R, U, V, W).

## Wo bin ich?
where-code-step = { $code } · Schritt { $step }
where-screen = Ich bin auf { $code }: { $name }.
where-task-status = Stand der Aufgabe: { $status }.
where-step = Ich bin bei Schritt { $step } von { $steps }.
where-counts = Insgesamt sind { $settled } von { $total } Aufgaben bearbeitet{ $na ->
        [0] {""}
       *[other] , davon { $na } „trifft nicht zu“
    }. { $help ->
        [one] Eine wartet
       *[other] { $help } warten
    } auf Hilfe.
where-button = Wo bin ich?
where-title = Wo bin ich? Zum Vorlesen am Telefon:
where-goto-label = Code, den Ihr IT-Dienstleister nennt (z. B. B-3)
where-goto = Gehe zu
where-unknown = Den Code „{ $code }“ gibt es hier nicht. Bitte noch einmal nachfragen.
where-close = Schließen
task-step-done = Schritt { $step } erledigt: { $text }
status-name-waiting = Wartet auf Rückruf
task-help-tried = Erledigt sind die Schritte 1 bis { $done }; bei Schritt { $stuck } kommen wir nicht weiter.
task-help-tried-none = Wir haben noch keinen Schritt geschafft.
task-help-waiting = Beim IT-Dienstleister angerufen: als „wartet auf Rückruf“ markieren
task-help-no-answer = Geht niemand ran? Dann lassen Sie alles auf dem Bildschirm, wie es ist. Lassen Sie niemanden an diesen Computer. Drücken Sie den Knopf darunter. Ruft jemand zurück? Dann legen Sie auf und rufen die bekannte Nummer an.
caller-check = Ist der Anruf echt?
caller-check-title = So erkennen Sie echte Helfer
caller-check-1 = Echte Helfer fragen nie nach einem Passwort oder einer PIN.
caller-check-2 = Im Zweifel auflegen und die bekannte Nummer zurückrufen, nie eine Nummer, die der Anrufer nennt.
caller-check-3 = Keine Programme installieren und keine Fernwartung freigeben, nur weil ein Anrufer es verlangt.
caller-check-4 = Druck und Eile („sofort, sonst…“) sind ein Warnzeichen.
bundle-open = Datei für den IT-Dienstleister erstellen
bundle-contents = Diese Datei enthält:
bundle-entry = { $name } ({ $kb } KB)
bundle-no-secrets = Zeilen mit Wörtern wie „Passwort“, „Kennwort“ oder „PIN“ werden weggelassen. Dieser Filter findet nicht alles: Schreiben Sie nie ein Passwort in ein Feld dieses Programms.
bundle-save = Speichern …
bundle-saved = Gespeichert: { $file }. Geben Sie die Datei nach Absprache an Ihren IT-Dienstleister weiter, etwa auf einem USB-Stick. Nicht per E-Mail, solange das Postfach nicht abgesichert ist (B-2).
shared-title = Aufzeichnung für alle Arbeitsplätze
shared-hint = Liegt die Aufzeichnung in einem gemeinsamen Ordner (z. B. auf dem Praxis-Server), arbeiten alle Arbeitsplätze an derselben Aufzeichnung.
shared-folder-label = Gemeinsamer Ordner, z. B. \\server\praxis\passwort-lotse
shared-use = In diesen Ordner verschieben
shared-now = Die Aufzeichnung liegt im gemeinsamen Ordner { $folder }.
shared-back-local = Wieder nur auf diesem Computer speichern
konnektor-unknown = Weiß ich nicht
konnektor-no-ti = Keiner, Praxis ohne TI
account-wifi = WLAN
account-nas = Netzwerkspeicher (NAS)
account-home-office = Arbeit von zu Hause (Zugang von außen)
account-portals = Weitere Portale (Termine, Labor)
overview-to-review = Zur Prüfung
category-start = Sofort
task-tested-when = Getestet: { $what }
task-it-notes = Für den IT-Dienstleister
task-login-fails = Die neue Anmeldung klappt nicht?
task-login-fails-1 = Nicht immer wieder probieren. Nach einigen falschen Versuchen sperrt sich das Konto.
task-login-fails-2 = Prüfen Sie die Feststelltaste. Prüfen Sie, ob Y und Z vertauscht sind.
task-login-fails-3 = Bei Router, Konnektor oder Speicher im Browser: Bleiben Sie im alten Fenster angemeldet. Testen Sie in einem privaten Fenster (Strg + Umschalt + N) oder einem anderen Browser.
task-login-fails-4 = Klappt es dann nicht, rufen Sie Ihren IT-Dienstleister an.
task-decision-save = Eintragen
task-decision-recorded = Eingetragen von { $name }, { $time }. Dieselbe Angabe steht unter „Angaben zum Vorfall“.
task-decision-open = Noch nicht eingetragen.
cert-training-banner = ÜBUNG – erstellt im Übungsmodus mit einer Beispiel-Praxis, nicht mit echten Daten.
cert-what-it-is = Die Praxis hat dieses Protokoll selbst erstellt. Es beruht auf ihren Angaben. Es ist keine Prüfung durch Dritte. Es ist keine Meldung an die Datenschutzbehörde. Es sagt nicht, dass die IT frei von Schadsoftware ist.
cert-footer-not = Eigenes Protokoll der Praxis · keine Prüfung durch Dritte · keine Meldung an die Behörde · keine Aussage über Schadsoftware
pw-required = Vorgabe des Systems: { $parts }.
pw-required-pin = Das System verlangt eine PIN aus { $min } bis { $max } Ziffern.
pw-required-pin-exact = Das System verlangt eine PIN aus genau { $digits } Ziffern.
pw-required-source = { $source }
pw-required-unknown = Was das System verlangt, wissen wir nicht. { $source }
pw-recommend = Wir empfehlen: mindestens { $min } Zeichen, am besten vier oder mehr zufällige Wörter.
pw-recommend-pin = Wir empfehlen: { $min } Ziffern ohne Muster.
pw-meets-required = Erfüllt Länge und Zeichenarten der bekannten Vorgabe. Ob der Benutzername darin steckt, prüft erst das System beim Ändern.
pw-breaks-required = Erfüllt die bekannte Vorgabe des Systems nicht:
pw-unknown-verdict = Ob das System es annimmt, sehen Sie erst beim Ändern.
pw-find-short-pin = Kürzer als die empfohlenen { $min } Ziffern.
pw-find-pin-run = Keine Folgen wie 123456 oder 654321.
pw-find-pin-repeat = Keine Wiederholungen wie 111111 oder 121212.
pw-find-pin-date = Kein Datum wie ein Geburtstag.
pw-clean-device = Ändern Sie dieses Passwort an einem sauberen Gerät, zum Beispiel am Handy. Tippen Sie es nicht in einen Computer der Praxis, auch nicht hier.
incident-stop-title = Sofort aufhören, wenn Sie an einem Computer das sehen:
incident-stop-then = Dann an diesem Computer nichts mehr tun und nichts ändern. Schalten Sie ihn nicht aus: Spuren gingen verloren. Ziehen Sie das Netzwerkkabel nur, wenn Ihr IT-Dienstleister es sagt. Rufen Sie ihn sofort an.
parties-button = Wer ist wer?
parties-title = Wer ist wer?
playbook-problem-rule-mismatch = Bei Aufgabe „{ $id }“ passt die Vorgabe nicht zur Art: PIN oder Passwort.
playbook-problem-decision-twice = Aufgabe „{ $id }“ fragt nach einer Angabe zum Vorfall, nach der schon eine andere Aufgabe fragt.
profile-gap-staff = Noch niemand im Team eingetragen. Dann gibt es nur eine Aufgabe zum Klären, nicht eine für jede Person.
profile-gap-workstation = Noch kein Arbeitsplatz eingetragen. Dann gibt es nur eine Aufgabe zum Klären, nicht eine für jeden Computer.
profile-gap-card-terminal = Noch kein Kartenterminal eingetragen. Tragen Sie es oben ein. Hat die Praxis keines, antworten Sie unten bei „Kartenterminals“ mit „Nein“.
export-disk-full = Der Speicherplatz ist voll. Wählen Sie einen anderen Ort, zum Beispiel einen USB-Stick, oder bitten Sie Ihren IT-Dienstleister, Platz zu schaffen.
trouble-follow-failed = Änderungen der anderen Arbeitsplätze lassen sich gerade nicht lesen: { $reason } Ihre eigene Arbeit ist davon nicht betroffen.
trouble-record-damaged = Die Aufzeichnung ist beschädigt. Das Programm schreibt nichts hinein, und Ihre Arbeit bleibt erhalten. Rufen Sie Ihren IT-Dienstleister an.
trouble-pending-set-aside = Eine Kopie Ihrer Arbeit auf diesem Computer war beschädigt. Sie wurde zur Seite gelegt, nicht gelöscht: { $file }. Rufen Sie Ihren IT-Dienstleister an.
trouble-move-failed = Die Aufzeichnung wurde nicht verschoben und bleibt, wo sie war: { $reason }
trouble-title = Bitte beachten
task-saving = wird gespeichert …
store-opening = Die Aufzeichnung wird geöffnet …
store-offline-title = Gemeinsamer Ordner nicht erreichbar
store-offline-body = Der gemeinsame Ordner { $folder } ist gerade nicht erreichbar. Ihre Arbeit ist auf diesem Computer gespeichert. Sie kommt in den Ordner, sobald er wieder da ist.
store-waiting = { $workstation } speichert gerade. Ihre Änderung folgt gleich.
review-exporting = Das Protokoll wird erstellt …
bundle-listing = Die Dateien werden zusammengestellt …
bundle-saving = Die Datei wird gespeichert …
cli-about = Passwort-Lotse führt eine Arztpraxis durch den Wechsel aller Passwörter nach einem Angriff. Es hält fest, wer was wann eingetragen hat. Ohne Befehl öffnet sich das Programm.
cli-usage = Aufruf:
cli-options = Optionen
cli-commands = Befehle
cli-help = Diese Hilfe zeigen
cli-version = Die Version zeigen
cli-data-dir = Ordner für Aufzeichnung, Sicherungen und Protokolle (sonst der übliche Datenordner)
cli-playbook = Diese Anleitungsdatei statt der eingebauten verwenden (ohne gültige Signatur DATEI.minisig daneben erscheint zuerst eine Warnung)
cli-lang = Sprache: de oder en
cli-demo = Im Übungsmodus mit einer Beispiel-Praxis arbeiten, nicht mit der echten Aufzeichnung
cli-status = Den Stand zeigen: Praxis, Zahlen, offene Codes
cli-status-json = Als JSON für Skripte ausgeben
cli-reset-demo = Die Übung (--demo) auf den Anfang zurücksetzen
cli-certificate = Das Protokoll als PDF schreiben (einen Zwischenstand, solange etwas offen ist)
cli-certificate-out = Die PDF-Datei, die geschrieben wird
cli-verify = Prüft ein Protokoll. 0: unverändert, mit bekanntem Schlüssel versiegelt. 3: unverändert, aber unbekannter Schlüssel. 1: verändert oder beschädigt. 2: kein Protokoll, nicht lesbar oder ungültiges --key.
cli-verify-file = Die PDF-Datei, die geprüft wird
cli-usage-line = [OPTIONEN] [BEFEHL]
cli-options-word = [OPTIONEN]
cli-file = DATEI
cli-folder = ORDNER
cli-language = SPRACHE
screen-about = Über den Passwort-Lotsen
about-open = Über den Passwort-Lotsen
about-title = Über den Passwort-Lotsen
about-version = Version { $version }
about-licence = Freie Software: MIT-Lizenz oder Apache-Lizenz 2.0, nach Ihrer Wahl.
about-data = Wo Ihre Daten liegen
about-settings-folder = Die Einstellungen dieses Computers liegen in { $folder }.
about-data-folder = Protokolldateien (Logs) und der Schlüssel für das Siegel liegen in { $folder }.
about-record-here = Die Aufzeichnung liegt in { $folder }, nur auf diesem Computer.
about-record-training = Die Übungs-Aufzeichnung liegt in { $folder }. Die echte Aufzeichnung der Praxis bleibt davon unberührt.
about-record-shared = Die Aufzeichnung liegt im gemeinsamen Ordner { $folder }.
about-notices = Verwendete Bausteine
about-notices-intro = Der Passwort-Lotse ist aus frei verfügbaren Bausteinen gebaut. Ihre Lizenzen stehen hier und in der Datei THIRD-PARTY-NOTICES.txt neben dem Programm.
about-notices-show = Lizenzen anzeigen
window-failed = Das Fenster des Passwort-Lotsen ließ sich nicht öffnen. Ihre bisherige Arbeit ist gespeichert. Rufen Sie Ihren IT-Dienstleister an und lesen Sie ihm diese Meldung vor: { $error }
cert-qr-alt = QR-Code zum Prüfen des Protokolls. Er enthält die Dokumentnummer { $id }, die Prüfsumme und die Signatur.
checklist-title = Checkliste zum Abhaken
checklist-file = Checkliste
checklist-no-secrets = Schreiben Sie auf dieses Blatt kein Passwort und keine PIN, auch keinen Teil davon.
checklist-practice = { $practice } · erstellt am { $time }
checklist-how-heading = So arbeiten Sie mit diesem Blatt
checklist-how-1 = Nehmen Sie das Blatt mit zum Gerät oder zu der Person, um die es geht.
checklist-how-2 = Gehen Sie die Schritte durch. Ist die Aufgabe erledigt, kreuzen Sie das große Kästchen an.
checklist-how-3 = Kommen Sie nicht weiter oder finden Sie etwas Fremdes? Kreuzen Sie „Hilfe nötig“ an. Trifft die Aufgabe nicht zu? Kreuzen Sie das an und schreiben Sie den Grund dazu.
checklist-how-4 = Schreiben Sie dazu, wer es war, an welchem Tag und um wie viel Uhr. Tragen Sie das Blatt danach im Passwort-Lotsen ein: Übersicht, dann „Abgehakte Checkliste eintragen“. Erst dann zählt es.
checklist-decisions = Manches tragen Sie nur am Bildschirm ein ({ $codes }). Das sind die Entscheidungen der Praxisinhaberin oder des Praxisinhabers und das Ergebnis der Prüfung der Computer.
checklist-device = Gerät: { $name }
checklist-person = Person: { $name }
checklist-practice-part = Für die ganze Praxis: { $category }
checklist-open-count = Offene Aufgaben auf diesem Blatt: { $open }
checklist-continued = { $part } (Fortsetzung)
checklist-need-help = Für diese Aufgabe wurde schon Hilfe angefordert.
checklist-trap = Achtung: { $text }
checklist-secret-task = Das neue Passwort oder die neue PIN gehört nicht auf dieses Blatt.
checklist-done-by = Erledigt von:
checklist-on = Datum:
checklist-at = Uhrzeit:
checklist-settled-heading = Schon bearbeitet – hier nichts abzuhaken
checklist-all-done-heading = Hier ist schon alles bearbeitet
checklist-settled = { $code } { $title }: { $status } ({ $name }, { $time })
checklist-nothing-open = Es ist keine Aufgabe mehr offen. Es gibt nichts abzuhaken.
checklist-footer = Checkliste · { $practice } · erstellt am { $time } · Seite { $page } von { $pages }
checklist-footer-not = Dieses Blatt ist kein Nachweis. Es zählt nur der Eintrag im Passwort-Lotsen.
cli-checklist = Die Checkliste zum Abhaken als PDF speichern: ein Blatt je Gerät, Person und für die ganze Praxis
checklist-written = Checkliste gespeichert: { $file }
checklist-failed = Die Checkliste wurde nicht gespeichert: { $error }
screen-sheet = Abgehakte Checkliste eintragen
checklist-print = Checkliste drucken
checklist-print-hint = Ein Blatt für jedes Gerät, jede Person und die ganze Praxis, zum Abhaken vor Ort. Das Programm speichert es als PDF und öffnet es. Drucken Sie es von dort aus.
checklist-printing = Die Checkliste wird erstellt …
plan-paper = Manche Aufgaben erledigen Sie nicht an diesem Computer, zum Beispiel am Server oder am Kartenterminal. Dafür gibt es „Checkliste drucken“.
overview-enter-sheet = Abgehakte Checkliste eintragen
sheet-title = Abgehakte Checkliste eintragen
sheet-intro = Wählen Sie das Blatt. Geben Sie bei jeder Aufgabe an, was auf dem Blatt angekreuzt ist. Tragen Sie ein, wer es war und wann.
sheet-which = Welches Blatt?
sheet-ticked = Was ist auf dem Blatt angekreuzt?
sheet-date = Datum:
sheet-time = Uhrzeit:
sheet-enter = { $count ->
    [one] 1 Aufgabe eintragen
   *[other] { $count } Aufgaben eintragen
    }
sheet-entered = { $count ->
    [one] 1 Aufgabe ist jetzt im Passwort-Lotsen eingetragen.
   *[other] { $count } Aufgaben sind jetzt im Passwort-Lotsen eingetragen.
    }
sheet-need-ticks = Geben Sie bei mindestens einer Aufgabe an, was angekreuzt ist.
sheet-need-name = Tragen Sie ein, wer die Aufgaben erledigt hat.
sheet-need-time = Tragen Sie Datum und Uhrzeit ein, zum Beispiel 29.11.2026 und 10:30.
sheet-in-future = Der Zeitpunkt liegt in der Zukunft. Prüfen Sie Datum und Uhrzeit.
task-entered = Von der Papier-Checkliste eingetragen durch { $name } am { $time }
cert-entered = laut Papier-Checkliste: { $name }, eingetragen am { $time }
shortcut-back = Zurück (Tastatur: Alt + Pfeil nach links)
shortcut-next = Weiter (Tastatur: Alt + Pfeil nach rechts)
shortcut-help = „Wo bin ich?“ öffnen oder schließen (Tastatur: F1)
shortcut-goto = Zu einem Code springen (Tastatur: Strg + G)
demo-banner-short = Übungsmodus
where-keys-title = Mit der Tastatur
where-keys = Tab und Umschalt + Tab: zum nächsten oder vorigen Feld. Leertaste oder Eingabetaste: Knopf drücken. Alt + Pfeil nach rechts: Weiter. Alt + Pfeil nach links: Zurück. F1: „Wo bin ich?“ öffnen oder schließen. Strg + G: zu einem Code springen. Strg + Plus und Strg + Minus: Schrift größer oder kleiner.
help-button = Wen anrufen?
sheet-before-record = Das Datum liegt vor dem Tag, an dem Sie mit dem Passwort-Lotsen begonnen haben. Prüfen Sie Datum und Uhrzeit.
sheet-not-one-sheet = Sie haben Aufgaben von mehreren Blättern abgehakt. Tragen Sie jedes Blatt einzeln ein.
sheet-nothing-open = Die abgehakten Aufgaben wurden inzwischen bearbeitet. Es gibt nichts mehr einzutragen.
sheet-read-only = Die Aufzeichnung ist an einem anderen Computer geöffnet. Tragen Sie das Blatt dort ein.
sheet-already = { $count ->
    [one] 1 abgehakte Aufgabe war schon bearbeitet. Sie bleibt unverändert.
   *[other] { $count } abgehakte Aufgaben waren schon bearbeitet. Sie bleiben unverändert.
    }
playbook-problem-steps-out-of-order = Die Schritte von Aufgabe „{ $id }“ stehen nicht in der sicheren Reihenfolge: fragen, wo das Konto genutzt wird, aufschreiben, ändern, testen, erst dann die alte Sitzung schließen.
playbook-problem-missing-step = Bei Aufgabe „{ $id }“ fehlt ein Schritt der sicheren Reihenfolge: { $step }.
playbook-problem-no-find-out = Aufgabe „{ $id }“ hängt von einer Angabe im Praxisprofil ab, sagt aber nicht, wie man es herausfindet (find_out).
playbook-problem-provider-name = Der Absender, den die Anleitung nennt, darf nur ein Name sein: höchstens { $max } Zeichen, ohne Telefonnummer, E-Mail-Adresse oder Link.
step-kind-do = ein Arbeitsschritt
step-kind-ask = fragen, wo das Konto genutzt wird
step-kind-store = das neue Passwort für den Umschlag aufschreiben
step-kind-change = ändern, während die alte Sitzung offen bleibt
step-kind-test = in einer eigenen Anmeldung testen
step-kind-close = erst dann die alte Sitzung schließen
answer-yes = Ja
answer-no = Nein
answer-dont-know = Weiß ich nicht
question-domain = Windows-Domäne (eine zentrale Anmeldung für alle Computer)
question-card-terminals = Kartenterminals
question-card-pins = Wurde eine Karten-PIN (SMC-B oder eHBA) je aufgeschrieben, verschickt oder einer Firma genannt? Der PIN-Brief zählt nicht.
facts-it-check = Ergebnis der Prüfung der Computer
facts-it-check-pending = Noch kein Ergebnis
facts-it-check-nothing = Nichts gefunden
facts-it-check-found = Anzeichen eines Angriffs gefunden
facts-it-check-by = Wer hat geprüft? Kam das Ergebnis schriftlich?
facts-it-check-what = Was wurde gefunden, und an welchen Computern?
facts-it-check-found-hint = Nach dem Eintragen kommt Aufgabe B-8 in den Plan. Tippen Sie an den betroffenen Computern keine Passwörter mehr ein. Das gilt, bis Ihr IT-Dienstleister sie bereinigt hat. Die Entscheidung über die Meldung ist dann wieder offen.
facts-cleanup = Bereinigung der Computer
facts-cleanup-hint = Bestätigt Ihr IT-Dienstleister die Bereinigung? Erst dann ändern Sie die Passwörter ein zweites Mal.
facts-cleanup-pending = Noch nicht bestätigt
facts-cleanup-confirmed = Bereinigung bestätigt
facts-cleanup-by = Wer hat es bestätigt, und wie? Zum Beispiel: schriftlich am 03.12.2026
profile-card-terminals-list = Tragen Sie die Kartenterminals oben unter „Geräte“ ein. Jedes bekommt eine eigene Aufgabe.
task-find-out-first = Ob das bei Ihnen zutrifft, steht noch nicht fest. Der erste Schritt klärt es.
task-sources = Quellen
source-section = { $title }, { $section }
source-url = { $text } ({ $url })
sheet-need-reason = Schreiben Sie zu jedem „Trifft nicht zu“ den Grund, wie er auf dem Blatt steht.
sheet-box-none = Nichts angekreuzt
sheet-box-done = Erledigt
sheet-box-help = Hilfe nötig oder etwas Fremdes gefunden
sheet-box-not-applicable = Trifft hier nicht zu
sheet-reason = Grund zu { $code }:
checklist-box-help = Hilfe nötig / etwas Fremdes gefunden
checklist-box-not-applicable = Trifft hier nicht zu, weil:
task-second-round = 2. Runde
cert-it-check-pending = Für die Prüfung der Computer durch den IT-Dienstleister ist noch kein Ergebnis eingetragen.
cert-it-check-nothing = Prüfung der Computer: nichts gefunden. Geprüft von (laut Praxis): { $by }
cert-it-check-found = Prüfung der Computer: Anzeichen eines Angriffs gefunden, eingetragen von { $name } am { $time }: { $what }
cert-cleanup-pending = Die Bereinigung der Computer ist noch nicht bestätigt.
cert-cleanup-confirmed = Bereinigung der Computer bestätigt: { $by }. Die zweite Runde der Passwörter steht in der Tabelle mit „R2“.
cert-absent-heading = Was es laut Praxis nicht gibt
cert-absent-intro = Bei diesen Fragen des Praxisprofils hat die Praxis „Nein“ angegeben. Darum fehlen ihre Aufgaben in der Tabelle.
cert-absent = { $what }: „Nein“, eingetragen von { $name } am { $time }
cert-absent-none = Die Praxis hat bei keiner Frage des Praxisprofils „Nein“ angegeben.
overview-attack-found = Bei der Prüfung der Computer wurde ein Angriff gefunden. Tippen Sie dort keine Passwörter mehr ein. Das gilt, bis Ihr IT-Dienstleister die Computer bereinigt hat. Danach kommt die zweite Runde: die Aufgaben mit „R2“.
topic-domain = Windows-Domäne
topic-card-terminals = Kartenterminals
topic-card-pins = Karten-PIN außerhalb des PIN-Briefs bekannt geworden
pw-pin-at-terminal = Wählen Sie die neue PIN selbst. Tippen Sie sie nur am Kartenterminal ein, nicht in einen Computer und nicht hier.
topic-ti = Konnektor und TI (Telematik-Infrastruktur)
checklist-login-fails = Klappt die neue Anmeldung nicht? Nicht immer wieder probieren. Alte Sitzung offen lassen und Ihren IT-Dienstleister anrufen.

# The bad days of the record (issue 16)
save-damaged = Die Datei der Aufzeichnung ist beschädigt. Sie wird nicht überschrieben.
save-busy = Ein anderer Arbeitsplatz oder ein anderes Programm hält den gemeinsamen Ordner gerade belegt. Das Programm versucht es gleich wieder.
read-no-permission = Das Programm darf sie nicht lesen, oder ein anderes Programm hält sie gerade fest.
read-damaged = Sie ist beschädigt.
read-missing = Der Ordner ist nicht erreichbar.
read-other = Der Datenträger meldet einen Fehler.
unreadable-title = Die Aufzeichnung lässt sich gerade nicht lesen
unreadable-body = Die Datei lässt sich nicht lesen: { $reason }
unreadable-file = Datei: { $file }
unreadable-nothing-written = Es wurde nichts verändert. Bis die Datei wieder lesbar ist, speichert das Programm nichts. So geht nichts verloren.
unreadable-what-to-do = Oft hält ein Virenschutz oder eine Datensicherung die Datei kurz fest. Warten Sie einen Moment und wählen Sie dann „Erneut lesen“. Bleibt es so, rufen Sie Ihren IT-Dienstleister an und nennen Sie ihm die Datei.
unreadable-retry = Erneut lesen
store-offline-unknown-body = Der gemeinsame Ordner { $folder } ist gerade nicht erreichbar. Auf diesem Computer gibt es noch keine Kopie der Aufzeichnung. Damit nichts durcheinandergerät, können Sie erst weiterarbeiten, wenn der Ordner wieder da ist. Prüfen Sie, ob der Server läuft, oder rufen Sie Ihren IT-Dienstleister an.
trouble-pending-unreadable = Eine Kopie Ihrer Arbeit auf diesem Computer lässt sich nicht lesen: { $file }. Sie bleibt, wie sie ist, und kommt in die Aufzeichnung, sobald sie lesbar ist. Rufen Sie Ihren IT-Dienstleister an.
trouble-settings = Die Einstellungen dieses Computers (Sprache, Textgröße, wer arbeitet) ließen sich nicht lesen oder speichern. Grund: { $reason } Das Programm arbeitet mit den Grundeinstellungen weiter. Die Aufzeichnung ist davon nicht betroffen.
recovery-failed = Das hat nicht geklappt: { $reason } Die beschädigte Datei ist unverändert. Versuchen Sie es noch einmal oder rufen Sie Ihren IT-Dienstleister an.
recovery-kept-work = Was Sie auf diesem Computer schon eingetragen haben, bleibt erhalten. Mit der Sicherung kommt es in die Aufzeichnung. Bei einer neuen Aufzeichnung wird es neben die beschädigte Datei gelegt.
export-key-unusable = Der Schlüssel für das Siegel ist da, lässt sich aber nicht lesen. Es wurde kein neuer angelegt. So bleibt der Fingerabdruck auf dem Schlüsselblatt gültig. Löschen Sie die Datei nicht. Rufen Sie Ihren IT-Dienstleister an: Die Datei heißt seal-key.bin und liegt im Datenordner (siehe „Über den Passwort-Lotsen“).
export-key-refused = Die Schlüsselverwaltung dieses Computers hat den Schlüssel für das Siegel nicht herausgegeben. Vielleicht ist sie gesperrt, oder eine Abfrage wurde abgebrochen. Melden Sie sich bei Windows ab und wieder an und versuchen Sie es noch einmal. Hilft das nicht, rufen Sie Ihren IT-Dienstleister an. Es wurde kein neuer Schlüssel angelegt.
form-read-only = Sie können die Angaben gerade nur ansehen, nicht ändern. Der Hinweis oben sagt, warum.

# Footer line on a PDF page where a typed character could not be printed.
pdf-replaced-characters = � steht für ein eingegebenes Zeichen, das diese Schrift nicht drucken kann. Die Aufzeichnung enthält den Originaltext.
cli-verify-key = Ein Schlüssel-Fingerabdruck, der als bekannt gilt, wie auf dem Schlüsselblatt der Praxis (mehrfach möglich)
cli-fingerprint = FINGERABDRUCK
verify-sealed-own = Bekannter Schlüssel: Es ist der Schlüssel dieses Computers.
verify-sealed-listed = Bekannter Schlüssel: Er steht in known-keys.txt auf diesem Computer ({ $label }).
verify-sealed-listed-no-label = ohne Bezeichnung
verify-sealed-given = Bekannter Schlüssel: Es ist der Schlüssel, den Sie mit --key angegeben haben.
verify-sealed-unknown = UNBEKANNTER SCHLÜSSEL: Dieser Computer kennt ihn nicht, und er steht nicht in known-keys.txt. „Unverändert“ heißt hier nur: unverändert seit dem Versiegeln mit diesem Schlüssel. Jeder kann einen Schlüssel erzeugen und ein geändertes Protokoll neu versiegeln. Vergleichen Sie den Fingerabdruck mit einem Schlüsselblatt, das die Praxis selbst aufbewahrt. Ein Blatt, das mit der Datei kam, zählt nicht. Am Telefon genügt der Kurzcode. Passt er, tippen Sie den Fingerabdruck vom Blatt ab, nie aus dieser Ausgabe. Prüfen Sie dann mit --key noch einmal. Passt er zu keinem Blatt der Praxis: Verlassen Sie sich nicht auf das Protokoll und fragen Sie die Praxis.
verify-own-key-unreadable = Der Schlüssel dieses Computers lässt sich nicht lesen. Er zählt bei dieser Prüfung nicht als bekannt. Ein „unbekannter Schlüssel“ unten kann daher kommen.
verify-known-keys-unreadable = Die Liste der bekannten Schlüssel (known-keys.txt) lässt sich nicht lesen. Sie zählt bei dieser Prüfung nicht. Ein „unbekannter Schlüssel“ unten kann daher kommen.
verify-key-not-a-fingerprint = „{ $key }“ ist kein Fingerabdruck. Ein Fingerabdruck hat 32 Zeichen aus 0–9 und a–f. Leerzeichen dazwischen sind erlaubt, dann in Anführungszeichen. Der Kurzcode allein genügt nicht.
about-key = Schlüssel für das Siegel
about-key-fingerprint = Fingerabdruck: { $fingerprint }
about-key-code = Kurzcode: { $code }
about-key-explain = Mit diesem Schlüssel versiegelt dieser Computer seine Protokolle. Speichern Sie unter „Prüfen & abschließen“ das Schlüsselblatt und drucken Sie es aus. Bewahren Sie es bei den ausgedruckten Protokollen auf. Wer später ein Protokoll prüft, vergleicht den Fingerabdruck mit diesem Blatt.
about-key-not-yet = Noch kein Schlüssel. Er entsteht mit dem ersten Protokoll oder Schlüsselblatt.
about-key-unusable = Der Schlüssel lässt sich nicht lesen. Bis er wieder lesbar ist, kann kein Protokoll versiegelt werden. Rufen Sie Ihren IT-Dienstleister an.
about-key-reading = Der Schlüssel wird gelesen …
keysheet-title = Schlüsselblatt für das Siegel
keysheet-practice = Praxis: { $practice }
keysheet-made = Erstellt am { $time }
keysheet-key-heading = Der Schlüssel dieses Computers
keysheet-fingerprint = Fingerabdruck: { $fingerprint }
keysheet-code = Kurzcode: { $code }
keysheet-use-heading = Wozu dieses Blatt dient
keysheet-file = Bewahren Sie den Ausdruck bei den ausgedruckten Protokollen auf. Eine Kopie gehört an einen Ort außerhalb der Praxis-Computer, etwa zu den Unterlagen der Praxisinhaberin oder des Praxisinhabers.
keysheet-what = Jedes Protokoll trägt den Fingerabdruck des Schlüssels, der es versiegelt hat. Der Aufdruck allein beweist nichts, denn jeder kann ihn abtippen. Es zählt nur die Prüfung mit passwort-lotse verify. Sagt sie „unverändert“ und passt der Fingerabdruck zu diesem Blatt, stammt das Siegel von diesem Computer. Passt er nicht, vergleichen Sie mit älteren Schlüsselblättern der Praxis. Ob die Angaben im Protokoll stimmen, bestätigt das Siegel nicht.
keysheet-check = Prüfen an einem anderen Computer: passwort-lotse verify --key "{ $fingerprint }" Protokoll.pdf
keysheet-new-pc = Neuer Computer, neu installiert oder neues Windows-Konto: Dann gibt es einen neuen Schlüssel. Speichern und drucken Sie dort ein neues Schlüsselblatt. Heben Sie dieses alte Blatt weiter auf. Damit alte Protokolle bekannt bleiben, trägt Ihr IT-Dienstleister den Fingerabdruck dieses Blatts in known-keys.txt ein. Das geschieht auf jedem Computer, der Protokolle prüft.
keysheet-footer = Schlüsselblatt des Passwort-Lotsen · Seite { $page } von { $pages } · Enthält kein Passwort und keinen geheimen Schlüssel.
keysheet-file-name = Schluesselblatt
keysheet-written = Schlüsselblatt gespeichert: { $file }
keysheet-failed = Das Schlüsselblatt konnte nicht gespeichert werden: { $error }
review-key-sheet = Schlüsselblatt als PDF speichern
review-key-sheet-explain = Das Schlüsselblatt zeigt, mit welchem Schlüssel dieser Computer Protokolle versiegelt. Speichern Sie es, drucken Sie es aus und bewahren Sie es bei den ausgedruckten Protokollen auf.
review-key-sheet-exporting = Das Schlüsselblatt wird erstellt …
cli-key-sheet = Schreibt das Schlüsselblatt als PDF: Praxis, Fingerabdruck und Kurzcode des Schlüssels, Datum.
keysheet-computer = Computer: { $computer }
status-share-away = Der gemeinsame Ordner { $folder } ist nicht erreichbar. Die Übersicht gibt es erst wieder, wenn er da ist. Prüfen Sie, ob der Server läuft, oder rufen Sie Ihren IT-Dienstleister an.

## Eine Anleitung, für die niemand bürgt (signierte Anleitungen)
screen-playbook-warning = Anleitung prüfen
playbook-warning-title = Achtung: Diese Anleitung ist nicht bestätigt
playbook-warning-unsigned = Diese Anleitung sagt, sie komme von „{ $provider }“. Sie ist aber nicht signiert. Niemand, dem dieser Computer vertraut, hat bestätigt, dass sie echt ist.
playbook-warning-not-confirmed = Diese Anleitung sagt, sie komme von „{ $provider }“. Sie hat eine Signatur, aber kein Schlüssel, dem dieser Computer vertraut, bestätigt sie. Vielleicht hat jemand anderes sie signiert. Vielleicht wurde sie danach verändert, oder die Signaturdatei ist beschädigt. Oder der richtige Schlüssel fehlt auf diesem Computer.
playbook-warning-attackers = Nach dem Angriff auf Ihren Anbieter schicken Angreifer oft falsche Anleitungen. Sie sehen aus wie die Ihres Anbieters und kommen manchmal sogar von seiner echten E-Mail-Adresse. Eine falsche Anleitung will Sie zum Beispiel dazu bringen, ein „Update“ oder ein Fernwartungsprogramm zu installieren, ein Passwort über einen Link einzugeben oder am Telefon zu nennen, den Virenschutz auszuschalten oder Geld auf ein neues Konto zu überweisen.
playbook-warning-now = Was Sie jetzt tun
playbook-warning-call = Rufen Sie Ihren IT-Dienstleister an. Nehmen Sie die Nummer aus dem Wartungsvertrag, vom Aufkleber am Server oder von Ihrer gedruckten Telefonliste. Nehmen Sie keine Nummer aus dieser Anleitung, aus einer E-Mail oder aus einem Anhang. Fragen Sie, ob diese Datei von ihm kommt und ob er sie selbst geprüft hat. Hat jemand Sie deswegen angerufen? Dann legen Sie auf und rufen Sie selbst an.
playbook-warning-checksum = Bitten Sie Ihren IT-Dienstleister, Ihnen die erste und die letzte Gruppe der Prüfsumme seiner Datei vorzulesen. Lesen Sie ihm die Zeichen nicht selbst vor. Vergleichen Sie beide Gruppen mit diesen Zeichen:
playbook-warning-if-not = Kennt er die Datei nicht, stimmen die Zeichen nicht, oder erreichen Sie ihn nicht? Dann arbeiten Sie nicht nach dieser Anleitung. Nehmen Sie die eingebaute Anleitung (Knopf unten) oder schließen Sie das Programm.
playbook-warning-confirmed-heading = Nur wenn Ihr IT-Dienstleister die Anleitung bestätigt hat
playbook-warning-confirmed = Ich habe meinen IT-Dienstleister selbst angerufen. Die Nummer kannte ich schon vor dem Angriff. Er hat genau diese Datei geschickt und selbst geprüft. Er hat mir die erste und die letzte Gruppe der Prüfsumme vorgelesen. Beide stimmen.
playbook-warning-confirmer = Mit wem haben Sie beim IT-Dienstleister gesprochen? (Vor- und Nachname)
playbook-warning-name = Ihr Name (Sie treffen die Entscheidung)
playbook-warning-same-name = Beide Namen sind gleich. Tragen Sie oben ein, mit wem Sie gesprochen haben, und unten sich selbst.
playbook-warning-recorded = Ihre Entscheidung steht mit beiden Namen und der Uhrzeit in der Aufzeichnung und im Abschlussprotokoll.
playbook-warning-use = Diese Anleitung trotzdem verwenden
playbook-unconfirmed-call = Diese Anleitung ist nicht bestätigt. Rufen Sie nur die Nummer an, die Sie schon kannten: aus dem Wartungsvertrag, vom Aufkleber am Server oder von Ihrer gedruckten Telefonliste.
playbook-signed-by = Diese Anleitung nennt als Absender „{ $provider }“. Signiert ist sie mit dem Schlüssel „{ $signer }“ aus dem Ordner der vertrauenswürdigen Schlüssel dieses Computers.
status-playbook-unconfirmed = Achtung: Die Anleitung „{ $provider }“ ist nicht durch einen Schlüssel bestätigt, dem dieser Computer vertraut.
cert-playbook-heading = Verwendete Anleitung
cert-playbook = Ab { $time }: „{ $provider }“, { $id }, Version { $version }, Prüfsumme SHA-256 { $sha }.
cert-playbook-built-in = Die Anleitung ist in das Programm eingebaut.
cert-playbook-signed = Signiert mit dem Schlüssel „{ $signer }“ aus dem Ordner der vertrauenswürdigen Schlüssel des Computers.
cert-playbook-unsigned = Die Anleitung war nicht signiert. Ihre Echtheit wurde nicht technisch geprüft. { $by } gibt an: Der IT-Dienstleister hat sie am Telefon bestätigt. Das Programm konnte das nicht prüfen. { $by } hat entschieden, sie zu verwenden.
cert-playbook-not-confirmed = Kein vertrauenswürdiger Schlüssel hat die Signatur der Anleitung bestätigt. Ihre Echtheit wurde nicht technisch geprüft. { $by } gibt an: Der IT-Dienstleister hat sie am Telefon bestätigt. Das Programm konnte das nicht prüfen. { $by } hat entschieden, sie zu verwenden.
cert-playbook-unsigned-confirmer = Die Anleitung war nicht signiert. Ihre Echtheit wurde nicht technisch geprüft. { $by } gibt an: { $confirmer } vom IT-Dienstleister hat sie am Telefon bestätigt. Das Programm konnte das nicht prüfen. { $by } hat entschieden, sie zu verwenden.
cert-playbook-not-confirmed-confirmer = Kein vertrauenswürdiger Schlüssel hat die Signatur der Anleitung bestätigt. Ihre Echtheit wurde nicht technisch geprüft. { $by } gibt an: { $confirmer } vom IT-Dienstleister hat sie am Telefon bestätigt. Das Programm konnte das nicht prüfen. { $by } hat entschieden, sie zu verwenden.
cert-playbook-not-recorded = Anleitung: { $id }, Version { $version }. Diese Aufzeichnung hält nicht fest, wer für die Anleitung bürgt (sie ist älter als diese Prüfung).
playbook-warning-mail = Die E-Mail mit der Datei: Lassen Sie sie im Postfach. Antworten Sie nicht und öffnen Sie darin keine weiteren Anhänge oder Links. Eine richtige Absenderadresse beweist nichts. Warnen Sie das ganze Team. Ihr IT-Dienstleister sagt Ihnen, wie er die E-Mail bekommt.
playbook-warning-already = Haben Sie schon etwas nach dieser Anleitung getan, etwa ein Programm installiert oder ein Passwort genannt? Dann ziehen Sie das Netzwerkkabel dieses Computers und schalten Sie sein WLAN aus. Schalten Sie ihn nicht ab. Rufen Sie sofort Ihren IT-Dienstleister an und sagen Sie der Praxisleitung Bescheid.
playbook-warning-never = Behandeln Sie die Datei als gefälscht, bis Ihr IT-Dienstleister sie bestätigt. Ein echter Anbieter bittet Sie nie, diese Warnung zu übergehen oder eine Schlüsseldatei zu kopieren. Schlüssel richtet nur Ihr IT-Dienstleister ein, nie aus einer E-Mail.
playbook-warning-built-in = Die eingebaute Anleitung verwenden
playbook-unconfirmed-banner = Diese Anleitung ist nicht durch einen Schlüssel bestätigt. Folgen Sie keiner Nummer und keinem Link darin, ohne Ihren IT-Dienstleister unter der bekannten Nummer zu fragen.
help-line-your-it = Ihr IT-Dienstleister
