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
progress-settled = { $settled } von { $total } erledigt
menu-language = Sprache: { $language }
menu-worker = Es arbeitet: { $name }
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
welcome-who-known = Tippen Sie auf Ihren Namen oder geben Sie ihn ein.
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
profile-unsaved = Ihre Änderungen werden gespeichert, wenn Sie auf „Weiter“ tippen.
profile-practice = Praxis
profile-practice-name = Name der Praxis
profile-pvs = Praxissoftware (PVS), z. B. der Produktname
profile-it-contact = IT-Notfallkontakt: Name und Telefonnummer
profile-staff = Team
profile-staff-hint = Alle, die sich am PVS anmelden. Für jede Person gibt es eine Aufgabe.
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
profile-konnektor-hint = Der Konnektor verbindet die Praxis mit der Telematik-Infrastruktur. Das Modell steht auf dem Gerät oder weiß Ihr IT-Dienstleister.
profile-accounts = Weitere Zugänge
profile-accounts-hint = Kreuzen Sie an, was es in Ihrer Praxis gibt.
profile-card-pins-exposed = Eine Karten-PIN (SMC-B oder eHBA) wurde schon einmal aufgeschrieben, verschickt oder weitergegeben.

device-workstation = Arbeitsplatz
device-server = Server
device-card-terminal = Kartenterminal

konnektor-none = Weiß ich nicht / keiner
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
overview-counts = Erledigt: { $done } · Getestet: { $tested } · Trifft nicht zu: { $na } · Hilfe nötig: { $help } · Offen: { $open }
overview-next-open = Weiter mit der nächsten offenen Aufgabe ({ $code })
overview-all-settled = Alle Aufgaben sind erledigt. Vielen Dank!
overview-edit-profile = Praxisprofil ändern
task-list-by = { $name }, { $time }

category-contact = Zuerst anrufen
category-backdoors = Hintertüren schließen
category-admin = Administrator-Zugänge
category-staff = Zugänge des Teams
category-ti = Telematik-Infrastruktur
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
task-help-script = Hier ist die { $practice }. Wir sind bei Aufgabe { $code }: „{ $title }“. Wir kommen nicht weiter.
task-help-never-password = Nennen Sie am Telefon nie ein Passwort oder eine PIN. Der echte Support fragt nie danach.

## Probleme beim Speichern
save-failed-title = Noch nicht gespeichert
save-kept-in-memory = Ihre Arbeit ist nicht verloren: Das Programm behält sie und versucht es alle paar Sekunden wieder. Schließen Sie das Programm jetzt nicht.
save-retry = Jetzt erneut speichern
save-disk-full = Der Speicherplatz ist voll. Bitten Sie Ihren IT-Dienstleister, Platz zu schaffen.
save-not-writable = Der Ordner der Aufzeichnung darf nicht beschrieben werden.
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
status-progress = { $settled } von { $total } Aufgaben erledigt
status-counts = Erledigt { $done }, getestet { $tested }, trifft nicht zu { $na }, Hilfe nötig { $help }, offen { $open }
status-open-codes = Offen: { $codes }
status-help-codes = Hilfe nötig: { $codes }
status-playbook = Anleitung: { $id }, Stand { $version }
status-none = keine
status-unreadable = Die Aufzeichnung lässt sich nicht lesen: { $error }
