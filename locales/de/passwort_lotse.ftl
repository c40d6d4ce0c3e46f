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
welcome-intro = Dieses Programm führt Sie Schritt für Schritt durch den Wechsel aller Passwörter Ihrer Praxis. Es merkt sich, wer was wann erledigt hat. Sie können jederzeit aufhören und später weitermachen.
welcome-language = Sprache
welcome-who = Wer arbeitet jetzt?
welcome-who-known = Klicken Sie auf Ihren Namen oder schreiben Sie ihn in das Feld.
welcome-name-label = Ihr Name
welcome-name-needed = Bitte geben Sie zuerst Ihren Namen ein.
welcome-start = Los geht's
welcome-continue = Weitermachen, wo ich aufgehört habe

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
profile-staff-hint = Alle, die sich an der Praxissoftware anmelden. Für jede Person gibt es eine Aufgabe.
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
profile-konnektor-hint = Der Konnektor verbindet die Praxis mit der Telematik-Infrastruktur (TI). Liest Ihre Praxis Versichertenkarten oder nutzt sie KIM oder E-Rezept, ist sie an der TI, auch ohne Gerät vor Ort. Das Modell weiß Ihr IT-Dienstleister. Wissen Sie es nicht, bekommen Sie eine Aufgabe, es zu klären.
profile-accounts = Weitere Zugänge
profile-accounts-hint = Kreuzen Sie an, was es in Ihrer Praxis gibt. Router, Firewall und Datensicherung hat jede Praxis: Diese Aufgaben kommen immer.
profile-card-pins-exposed = Eine Karten-PIN (SMC-B oder eHBA) wurde außerhalb des PIN-Briefs aufgeschrieben, verschickt oder einer Firma genannt.

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
playbook-problem-schema = Die Datei hat das Format { $version }, dieses Programm kennt nur Format 1.
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
status-unreadable = Die Aufzeichnung lässt sich nicht lesen: { $error }

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
cert-col-by = Wer
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
cert-signed = Bestätigt von { $name } ({ $role }) am { $time }: Die Aufstellung gibt nach ihrem oder seinem Wissen den Stand richtig wieder.
cert-signoff-outdated = Die Bestätigung von { $name } vom { $time } gilt nicht mehr: Am { $changed } wurde danach noch etwas geändert.
cert-not-signed = Noch nicht abgeschlossen und nicht bestätigt.
cert-seal-heading = Siegel
cert-seal-explain = In dieser Datei steckt die Aufzeichnung, aus der das Protokoll entstand. Sie ist mit dem Schlüssel dieses Computers versiegelt: Ändert jemand die Datei später, zeigt die Prüfung es an (passwort-lotse verify <Datei>). Das Siegel bestätigt nicht die Angaben selbst.
cert-document-id = Dokument-ID: { $id }
cert-verification-code = Prüfcode: { $code }
cert-fingerprint = Schlüssel-Fingerabdruck: { $fingerprint }
cert-key-source-store = Der Schlüssel liegt im Schlüsselbund des Betriebssystems.
cert-key-source-file = Der Schlüssel liegt in einer Datei im Datenordner, weil kein Schlüsselbund verfügbar war.
cert-footer = { $id } · erstellt { $time } · Seite { $page } von { $pages }
cert-attachment-record = Die Aufzeichnung, aus der dieses Dokument erstellt wurde
cert-attachment-playbook = Die Anleitung, nach der gearbeitet wurde
cert-attachment-seal = Das Siegel: Prüfsummen und Signatur

## Prüfen (passwort-lotse verify)
verify-valid = Das Siegel ist gültig. Das Protokoll ist seit seiner Erstellung unverändert.
verify-valid-other-version = Das Siegel ist gültig; das Seitenbild von Version { $version } wurde nicht nachgeprüft.
verify-kind = Art: { $kind }
verify-document = Dokument-ID: { $id }
verify-practice = Praxis: { $practice }
verify-fingerprint = Schlüssel-Fingerabdruck: { $fingerprint }
verify-code = Prüfcode: { $code }
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
facts-report-hint = Ob gemeldet wird, entscheidet die Praxisinhaberin oder der Praxisinhaber. Wenn ja: spätestens 72 Stunden, nachdem die Praxis davon erfuhr. Sind Patientendaten betroffen, ist eine Meldung fast immer nötig. Fehlt noch etwas, melden Sie rechtzeitig und reichen den Rest nach.
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
pw-rule-classes = { $classes } von 4 Zeichenarten (Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen)
pw-rule-no-name = keinen Benutzernamen im Passwort
pw-check-label = Neues Passwort prüfen (freiwillig, wird nirgends gespeichert)
pw-check-hint = Tippen Sie Ihr neues Passwort hier ein, bevor Sie es im System setzen. Das Programm sagt Ihnen, ob es gut ist.
pw-show = Anzeigen
pw-clear = Leeren
pw-strength-weak = Schwach: Bitte nicht verwenden.
pw-strength-fair = Mittel: besser, aber nach einem Einbruch noch zu leicht zu erraten.
pw-strength-strong = Stark: gut so.
pw-fail-short = Es braucht mindestens { $min } Zeichen.
pw-fail-classes = Es braucht { $classes } von 4 Zeichenarten: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.
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
pw-suggest-pin = PIN vorschlagen
pw-bits-strong = Zufällig gewählt und lang genug: Das errät niemand.
pw-bits-pin = Eine zufällige PIN ohne Muster. Nach drei falschen Versuchen sperrt das Gerät, darum reicht das.
pw-copy = Kopieren
pw-copied = Kopiert. In { $seconds } Sekunden leert das Programm die Zwischenablage wieder.
pw-copy-failed = Kopieren ist hier nicht möglich. Bitte tippen Sie den Vorschlag ab.
pw-remote-hidden = Jemand sieht Ihren Bildschirm (Fernwartung). Darum werden Vorschläge und das Anzeigen ausgeblendet.
remote-toggle = Jemand sieht meinen Bildschirm (Fernwartung)
profile-city = Ort der Praxis
menu-settings = Einstellungen
pw-check-label-pin = Neue PIN prüfen (freiwillig, wird nirgends gespeichert)
clock-left = Frist für eine Meldung an die Datenschutzbehörde: bis { $deadline }, noch { $hours ->
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
bundle-saved = Gespeichert: { $file }. Schicken Sie diese Datei an Ihren IT-Dienstleister.
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
account-home-office = Arbeit von zu Hause (VPN oder Fernzugriff)
account-portals = Weitere Portale (Termine, Labor)
overview-to-review = Zur Prüfung
category-start = Sofort
task-tested-when = Getestet: { $what }
task-it-notes = Für den IT-Dienstleister
task-login-fails = Die neue Anmeldung klappt nicht?
task-login-fails-1 = Nicht immer wieder probieren. Nach einigen falschen Versuchen sperrt sich das Konto.
task-login-fails-2 = Prüfen Sie die Feststelltaste. Prüfen Sie, ob Y und Z vertauscht sind.
task-login-fails-3 = Bei Router, Konnektor oder Speicher im Browser: Bleiben Sie im alten Fenster angemeldet, bis die neue Anmeldung in einem zweiten Fenster klappt.
task-login-fails-4 = Klappt es dann nicht, rufen Sie Ihren IT-Dienstleister an.
task-decision-save = Eintragen
task-decision-recorded = Eingetragen von { $name }, { $time }. Dieselbe Angabe steht unter „Angaben zum Vorfall“.
task-decision-open = Noch nicht eingetragen.
cert-training-banner = ÜBUNG – erstellt im Übungsmodus mit einer Beispiel-Praxis, nicht mit echten Daten.
cert-what-it-is = Die Praxis hat dieses Protokoll selbst erstellt. Es beruht auf ihren Angaben. Es ist keine Prüfung durch Dritte, keine Meldung an die Datenschutzbehörde und keine Aussage, dass die IT frei von Schadsoftware ist.
cert-footer-not = Eigenes Protokoll der Praxis · keine Prüfung durch Dritte · keine Meldung an die Behörde · keine Aussage über Schadsoftware
pw-required = Vorgabe des Systems: { $parts }.
pw-required-pin = Das System verlangt eine PIN aus { $min } bis { $max } Ziffern.
pw-required-pin-exact = Das System verlangt eine PIN aus genau { $digits } Ziffern.
pw-required-source = { $source }
pw-required-unknown = Was das System verlangt, wissen wir nicht. { $source }
pw-recommend = Wir empfehlen: mindestens { $min } Zeichen, am besten vier oder mehr zufällige Wörter.
pw-recommend-pin = Wir empfehlen: { $min } Ziffern ohne Muster.
pw-meets-required = Erfüllt die bekannte Vorgabe des Systems.
pw-breaks-required = Erfüllt die bekannte Vorgabe des Systems nicht:
pw-unknown-verdict = Ob das System es annimmt, sehen Sie erst beim Ändern.
pw-find-short-pin = Kürzer als die empfohlenen { $min } Ziffern.
pw-find-pin-run = Keine Folgen wie 123456 oder 654321.
pw-find-pin-repeat = Keine Wiederholungen wie 111111 oder 121212.
pw-find-pin-date = Kein Datum wie ein Geburtstag.
pw-clean-device = Ändern Sie dieses Passwort an einem sauberen Gerät, zum Beispiel am Handy. Tippen Sie es nicht in einen Computer der Praxis, auch nicht hier.
incident-stop-title = Sofort aufhören, wenn Sie an einem Computer das sehen:
incident-stop-then = Dann an diesem Computer nichts mehr tun und nichts ändern. Rufen Sie sofort Ihren IT-Dienstleister an.
parties-button = Wer ist wer?
parties-title = Wer ist wer?
playbook-problem-rule-mismatch = Bei Aufgabe „{ $id }“ passt die Vorgabe nicht zur Art: PIN oder Passwort.
playbook-problem-decision-twice = Aufgabe „{ $id }“ fragt nach einer Angabe zum Vorfall, nach der schon eine andere Aufgabe fragt.
profile-gap-staff = Noch niemand im Team eingetragen. Ohne Namen fehlen die Aufgaben für die Praxissoftware.
profile-gap-workstation = Noch kein Arbeitsplatz eingetragen. Ohne ihn fehlt die Aufgabe für die Windows-Anmeldung.
profile-gap-card-terminal = Noch kein Kartenterminal eingetragen. Ohne ihn fehlt die Aufgabe für die Admin-PIN. Hat die Praxis keine TI, wählen Sie unten „Keiner, Praxis ohne TI“.
export-disk-full = Der Speicherplatz ist voll. Wählen Sie einen anderen Ort, zum Beispiel einen USB-Stick, oder bitten Sie Ihren IT-Dienstleister, Platz zu schaffen.
trouble-follow-failed = Änderungen der anderen Arbeitsplätze lassen sich gerade nicht lesen: { $reason } Ihre eigene Arbeit ist davon nicht betroffen.
trouble-shared-damaged = Die Aufzeichnung im gemeinsamen Ordner ist beschädigt. Das Programm schreibt nichts hinein und behält Ihre Arbeit auf diesem Computer. Rufen Sie Ihren IT-Dienstleister an.
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
cli-about = Passwort-Lotse führt eine Arztpraxis durch den Wechsel aller Passwörter nach einem Angriff und hält fest, wer was wann getan hat. Ohne Befehl öffnet sich das Programm.
cli-usage = Aufruf:
cli-options = Optionen
cli-commands = Befehle
cli-help = Diese Hilfe zeigen
cli-version = Die Version zeigen
cli-data-dir = Ordner für Aufzeichnung, Sicherungen und Protokolle (sonst der übliche Datenordner)
cli-playbook = Diese Anleitungsdatei statt der eingebauten verwenden
cli-lang = Sprache: de oder en
cli-demo = Im Übungsmodus mit einer Beispiel-Praxis arbeiten, nicht mit der echten Aufzeichnung
cli-status = Den Stand zeigen: Praxis, Zahlen, offene Codes
cli-status-json = Als JSON für Skripte ausgeben
cli-reset-demo = Die Übung (--demo) auf den Anfang zurücksetzen
cli-certificate = Das Protokoll als PDF schreiben (einen Zwischenstand, solange etwas offen ist)
cli-certificate-out = Die PDF-Datei, die geschrieben wird
cli-verify = Prüft ein Protokoll: 0 unverändert, 1 verändert oder beschädigt, 2 kein Protokoll
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
about-data-folder = Einstellungen, Protokolldateien und der Schlüssel für das Siegel liegen in { $folder }.
about-record-here = Die Aufzeichnung liegt im selben Ordner, nur auf diesem Computer.
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
checklist-how-2 = Gehen Sie die Schritte durch. Kreuzen Sie das Kästchen an, wenn die Aufgabe erledigt ist.
checklist-how-3 = Schreiben Sie dazu, wer sie erledigt hat, an welchem Tag und um wie viel Uhr.
checklist-how-4 = Tragen Sie das Blatt danach im Passwort-Lotsen ein: Übersicht, dann „Abgehakte Checkliste eintragen“. Erst dann gilt die Aufgabe als erledigt.
checklist-decisions = Was die Praxisinhaberin oder der Praxisinhaber entscheidet ({ $codes }), steht nicht auf diesem Blatt. Das geschieht am Bildschirm.
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
sheet-intro = Wählen Sie das Blatt. Haken Sie hier ab, was auf dem Blatt abgehakt ist. Tragen Sie ein, wer es erledigt hat und wann.
sheet-which = Welches Blatt?
sheet-ticked = Was ist auf dem Blatt abgehakt?
sheet-date = Datum:
sheet-time = Uhrzeit:
sheet-enter = { $count ->
    [one] 1 Aufgabe als erledigt eintragen
   *[other] { $count } Aufgaben als erledigt eintragen
    }
sheet-entered = { $count ->
    [one] 1 Aufgabe ist jetzt im Passwort-Lotsen eingetragen.
   *[other] { $count } Aufgaben sind jetzt im Passwort-Lotsen eingetragen.
    }
sheet-need-ticks = Haken Sie mindestens eine Aufgabe ab.
sheet-need-name = Tragen Sie ein, wer die Aufgaben erledigt hat.
sheet-need-time = Tragen Sie Datum und Uhrzeit ein, zum Beispiel 29.11.2026 und 10:30.
sheet-in-future = Der Zeitpunkt liegt in der Zukunft. Prüfen Sie Datum und Uhrzeit.
task-entered = Von der Papier-Checkliste eingetragen durch { $name } am { $time }
cert-entered = von der Papier-Checkliste eingetragen durch { $name } am { $time }
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
