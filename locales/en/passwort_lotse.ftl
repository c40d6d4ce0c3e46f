# Passwort-Lotse – English texts of the interface.
# Short sentences that can be read out on the phone.

app-name = Passwort-Lotse

## Navigation
nav-next = Next
nav-back = Back
nav-overview = Overview
screen-welcome = Welcome
screen-incident = Incident, page { $page }
screen-profile = Practice profile
screen-plan = Plan
screen-recovery = Restore the record
screen-overview = Overview
progress-settled = { $settled } of { $total } dealt with{ $na ->
        [0] {""}
       *[other] , { $na } of them not applicable
    }
menu-language = Language: { $language }
menu-worker = You are: { $name }
menu-worker-switch = Who is working now?
menu-worker-other = Another name
menu-worker-apply = Use this name
help-line = Help: { $provider }
notice-dismiss = Close

## Training mode
demo-banner = Training mode: you are practising on a sample practice. Your real record is not touched.
demo-reset = Start the training again
demo-reset-done = The training record was reset.

## Welcome
welcome-title = Welcome to Passwort-Lotse
welcome-intro = This program guides you step by step through changing every password of your practice. It records who did what and when. You can stop at any time and carry on later.
welcome-language = Language
welcome-who = Who is working now?
welcome-who-known = Click your name or type it in.
welcome-name-label = Your name
welcome-name-needed = Please enter your name first.
welcome-start = Let's start
welcome-continue = Carry on where I left off

## Incident
incident-page = Page { $page } of { $pages }
incident-do = What to do
incident-dont = What not to do

## Practice profile
profile-title = Your practice
profile-intro = Tell us what your practice has. We use this to make your plan. You can change it at any time without losing work already done.
profile-incomplete = Please enter the practice's name and at least one computer. Then you can go on.
profile-unsaved = Your changes are saved when you click "Next".
profile-practice = Practice
profile-practice-name = Name of the practice
profile-pvs = Practice software, e.g. the product name
profile-it-contact = IT emergency contact: name and phone number
profile-staff = Team
profile-staff-hint = Everyone who signs in to the practice software. Each person gets a task.
profile-person-name = Name of person { $number }
profile-remove-person = Remove { $name }
profile-new-person = New person
profile-add-person = Add person
profile-devices = Devices
profile-devices-hint = Every computer and server gets its own tasks. Give them names everyone knows, e.g. "Reception PC".
profile-device-name = Name of { $kind } { $number }
profile-remove-device = Remove { $name }
profile-add-workstation = Add workstation
profile-add-server = Add server
profile-add-card-terminal = Add card terminal
profile-konnektor = Konnektor
profile-konnektor-hint = The Konnektor connects the practice to the telematics infrastructure (TI). If the practice reads insurance cards or uses KIM or e-prescriptions, it is connected to the TI, even with no device on site. Your IT support company knows the model. If you do not know, you get a task to find out.
profile-accounts = Other accounts
profile-accounts-hint = Tick what your practice has. Every practice has a router, a firewall and a backup, so those tasks are always included.
profile-card-pins-exposed = A card PIN (SMC-B or eHBA) was written down anywhere other than the PIN letter, sent to anyone, or given to a company.

device-workstation = Workstation
device-server = Server
device-card-terminal = Card terminal

konnektor-kocobox = KoCoBox MED+ (CGM)
konnektor-secunet = secunet konnektor
konnektor-rise = RISE Konnektor
konnektor-ti-gateway = TI-Gateway (in a data centre)
konnektor-other = Another model

account-email = E-mail mailbox
account-kim = KIM (medical e-mail)
account-remote-maintenance = Remote maintenance (e.g. TeamViewer)
account-router = Router (e.g. FRITZ!Box)
account-online-banking = Online banking
account-backup = Backup
account-kv-portal = KV portal
account-website = Practice website

## Plan and overview
plan-title = Your plan: { $total } tasks
plan-intro = The tasks are in the order experts do them. Start at the top. You can also open any task directly.
plan-start = Start with the first task
overview-title = Overview
overview-next-open = Go on with the next open task ({ $code })
overview-all-settled = Every task has been dealt with{ $na ->
        [0] .
        [one] ; one of them does not apply here.
       *[other] ; { $na } of them do not apply here.
    } Next, the practice owner reviews everything and signs off.
overview-edit-profile = Change practice profile
task-list-by = { $name }, { $time }

category-backdoors = Close back doors
category-admin = Administrator accounts
category-staff = Team accounts
category-ti = Telematics infrastructure (TI)
category-accounts = Other accounts
category-follow-up = Afterwards

status-name-open = Open
status-name-need-help = Need help
status-name-done = Done
status-name-tested = Tested
status-name-not-applicable = Not applicable

## Task
task-position = Task { $number } of { $total }
task-why = Why?
task-steps = How to do it
task-traps = Watch out
task-status = Status:
task-saved = saved
task-not-saved = not saved yet
task-reason-shown = Reason: { $reason }
task-what-now = How did it go?
task-done = Done
task-done-changed = Done: password changed
task-tested = Tested: new login works
task-not-applicable = Not applicable here
task-need-help = I need help
task-reopen = Open again
task-reason-label = Why does this not apply here?
task-reason-hint = For example: "We no longer have this device". Never write a password here.
task-reason-save = Save reason
task-reason-cancel = Cancel
task-help-title = How to get help
task-help-read-out = Read this out on the phone:
task-help-script = This is { $practice }. We are at task { $code }: "{ $title }". We are stuck.
task-help-never-password = Never say a password or PIN on the phone. Real helpers never ask for one.

## Saving problems
save-failed-title = Not saved yet
save-kept-in-memory = Your work is not lost: the program keeps it and tries again every few seconds. Do not close the program now.
save-retry = Try saving again now
save-disk-full = The disk is full. Ask your IT support company to free some space.
save-not-writable = The program is not allowed to save in the record's folder. It may lack the permissions.
save-folder-missing = The record's folder cannot be reached, for example because the network drive is missing.
save-other = The record could not be saved.
read-only-title = Read only
read-only-body = The record is open on "{ $workstation }" right now. So that nothing gets mixed up, you can only read here. Close the program there, then you can work here.
read-only-unknown = another computer
read-only-retry = Try again

## Damaged record
recovery-title = The record cannot be opened
recovery-kept-aside = Nothing is deleted: the damaged file is put aside so your IT support company can look at it.
recovery-backup-found = There is a good backup from { $time } with { $events } entries.
recovery-use-backup = Use the backup
recovery-no-backup = There is no backup.
recovery-or = Or:
recovery-start-over = Start a new record
recovery-call-support = If you are unsure, call your IT support company before you choose.
damaged-truncated = The file is incomplete, perhaps because of a power cut while copying.
damaged-garbage = The file is not a Passwort-Lotse record.
damaged-newer = The record comes from a newer version of the program (format { $schema }). Please install the new version.
damaged-edited = The record was changed outside the program. So it can no longer be trusted.

## Playbook
playbook-rejected-title = The playbook file was not loaded
playbook-rejected-fallback = The program uses the built-in playbook.
playbook-unreadable = The file { $file } cannot be read: { $reason }
playbook-syntax = In { $file }, line { $line }, column { $column } there is a typing error: { $detail }
playbook-invalid = In { $file }, line { $line }: { $detail }
playbook-problem-schema = The file has format { $version }; this program only knows format 1.
playbook-problem-empty = The file has no tasks or no explanation of the incident.
playbook-problem-duplicate-id = The id "{ $id }" appears twice.
playbook-problem-duplicate-code = The code "{ $code }" appears twice.
playbook-problem-bad-code = The code "{ $code }" must be a capital letter, a dash and a number, e.g. B-3.
playbook-problem-missing-incident-text = A text about the incident is missing in German or English.
playbook-problem-missing-text = Task "{ $id }" lacks a text in German or English.
playbook-problem-no-steps = Task "{ $id }" has no steps.
playbook-problem-step-too-long = A step of task "{ $id }" is longer than one line.
playbook-problem-out-of-order = Task "{ $id }" comes before a task that must come first.

## Summary (passwort-lotse status)
status-practice = Practice: { $practice }
status-no-profile = (no practice profile yet)
status-progress = { $settled } of { $total } tasks dealt with{ $na ->
        [0] {""}
       *[other] , { $na } of them not applicable
    }
status-counts = Done { $done }, tested { $tested }, not applicable { $na }, need help { $help }, open { $open }
status-open-codes = Open: { $codes }
status-help-codes = Need help: { $codes }
status-playbook = Playbook: { $id }, version { $version }
status-none = none
status-unreadable = The record cannot be read: { $error }

## Certificate (PDF)
cert-title-final = Completion summary
cert-title-interim = Interim summary
cert-interim-banner = INTERIM SUMMARY – the work is not finished and not signed off yet.
cert-practice = Practice: { $practice }
cert-incident = Incident: { $incident }
cert-period = Period of work: { $from } to { $to }
cert-summary = { $total } tasks: { $done } done, { $tested } tested, { $na } not applicable, { $help } need help, { $open } open.
cert-times-note = All times in local time (UTC{ $offset }).
cert-tasks-heading = Tasks
cert-col-code = Code
cert-col-task = Task
cert-col-subject = Device / person
cert-col-status = Status
cert-col-by = Who
cert-col-when = When
cert-reason = Reason: { $reason }
cert-facts-heading = About the incident
cert-learned = The practice learned of the incident on { $time }: { $how }
cert-learned-missing = When the practice learned of the incident is not recorded.
cert-report-reported = Report to the data-protection authority: on { $date } to { $authority }, reference { $reference }.
cert-report-not-reported = No report to the data-protection authority. Reason: { $reason }
cert-report-undecided = The report to the data-protection authority is not decided yet.
cert-patients-informed = Patients informed on { $date }: { $how }
cert-patients-not-informed = Patients not informed. Reason: { $reason }
cert-patients-undecided = Whether patients are informed is not decided yet.
cert-signoff-heading = Sign-off
cert-signed = Confirmed by { $name } ({ $role }) on { $time }: to the best of their knowledge, the list shows the state of the work correctly.
cert-signoff-outdated = The confirmation given by { $name } on { $time } is no longer valid: something was changed afterwards, on { $changed }.
cert-not-signed = Not finished and not confirmed yet.
cert-seal-heading = Seal
cert-seal-explain = This file holds the record the document was made from. It is sealed with this computer's key: if anyone changes the file later, the check shows it (passwort-lotse verify <file>). The seal does not vouch for the entries themselves.
cert-document-id = Document ID: { $id }
cert-verification-code = Verification code: { $code }
cert-fingerprint = Key fingerprint: { $fingerprint }
cert-key-source-store = The key is kept in the operating system's credential store.
cert-key-source-file = The key is kept in a file in the data folder, because no credential store was available.
cert-footer = { $id } · made { $time } · page { $page } of { $pages }
cert-attachment-record = The record this document was made from
cert-attachment-playbook = The playbook the work followed
cert-attachment-seal = The seal: checksums and signature

## Checking (passwort-lotse verify)
verify-valid = The seal is valid. The document has not been changed since it was made.
verify-valid-other-version = The seal is valid; the page layout of version { $version } was not re-checked.
verify-kind = Kind: { $kind }
verify-document = Document ID: { $id }
verify-practice = Practice: { $practice }
verify-fingerprint = Key fingerprint: { $fingerprint }
verify-code = Verification code: { $code }
verify-not-certificate = This file is not a summary made by Passwort-Lotse.
verify-invalid = INVALID: { $reason }
verify-truncated = The file is cut off and incomplete.
verify-seal-damaged = The seal is damaged.
verify-bad-signature = The signature does not match: the seal was changed.
verify-record-changed = The embedded record is missing or was changed.
verify-playbook-changed = The embedded playbook is missing or was changed.
verify-pages-changed = The visible pages were changed: they do not match the embedded record.
verify-unreadable = The file cannot be read: { $error }
certificate-written = Summary saved: { $file }
certificate-failed = The PDF could not be created: { $error }
export-not-writable = The file cannot be saved there. Is it open in another program, or is the folder write-protected? Close the other program or choose another folder.
export-folder-missing = The chosen folder does not exist (any more). Please choose another one.
export-other = Something went wrong while creating the PDF. Please call your IT support company.

## Review and sign-off
nav-review = Review & sign off
screen-review = Review
screen-facts = About the incident
screen-signoff = Sign-off
review-title = Review and sign-off
review-not-signed = Not signed off yet.
review-signed = Signed off by { $name } ({ $role }) on { $time }.
review-signoff-outdated = The sign-off given by { $name } on { $time } is no longer valid because something changed afterwards. Please review and sign off again.
review-blockers = Still missing before the sign-off
review-no-blockers = Everything is decided. You can sign off.
review-more-blockers = … and { $count } more.
review-blocker-task = { $code } { $title } ({ $status })
review-blocker-learned = About the incident: when the practice learned of it
review-blocker-report = About the incident: record the decision on the report
review-blocker-patients = About the incident: record the decision on informing patients
review-edit-facts = About the incident
review-sign-off = Sign off and confirm
review-export = Save the summary as PDF
review-exported = Saved: { $file } (document ID { $id })
review-export-failed = The PDF was not saved
review-export-retry = Try again
review-export-elsewhere = Choose another place
review-tasks = All tasks
review-filter-all = All
review-filter-open = Open only
review-filter-help = Need help only
review-filter-na = Not applicable only
facts-title = About the incident
facts-intro = These facts belong to the documentation of the incident (GDPR Art. 33(5)). The questions are also tasks in the plan; both show the same answer.
facts-learned = When and how did the practice learn of it?
facts-learned-at = Date and time, e.g. 28.11.2026 09:30
facts-learned-how = How? For example: a letter from the software provider, a phone call, the press
facts-report = Report to the data-protection authority
facts-report-hint = The practice owner decides whether to report. If so, the report is due within 72 hours of the practice learning of the incident. If patient data is affected, a report is almost always due. If something is still missing, report on time and send the rest later.
facts-undecided = Not decided yet
facts-reported = Reported
facts-not-reported = Not reported
facts-report-on = Reported on (date)
facts-authority = To which authority?
facts-reference = Reference (if any)
facts-report-reason = Why not reported?
facts-patients = Informing patients
facts-patients-informed = Informed
facts-patients-not-informed = Not informed
facts-patients-on = Informed on (date)
facts-patients-how = How? For example: letter, notice
facts-patients-reason = Why not?
facts-bad-date = A date cannot be read. Please write it like this: 28.11.2026 or 28.11.2026 09:30
facts-save = Save these facts
signoff-title = Sign off and confirm
signoff-intro = Your confirmation finishes the work. Then you can save the completion summary.
signoff-blocked = Something is still missing ({ $count ->
        [one] one item
       *[other] { $count } items
    }). You can sign off once everything is decided.
signoff-to-review = To the review
signoff-name = Your name
signoff-role = Your role, e.g. practice owner
signoff-confirm = I have reviewed the list. To the best of my knowledge it shows the state of the work correctly.
signoff-button = Confirm the sign-off
signoff-needs = Please enter your name and role and tick the box.

## Password help
pw-title = Help with the new password
pw-rule-length = at least { $min } characters
pw-rule-classes = { $classes } of 4 kinds of characters (capitals, small letters, digits, symbols)
pw-rule-no-name = no user name in the password
pw-check-label = Check a new password (optional, never stored)
pw-check-hint = Type your new password here before you set it in the system. The program tells you whether it is good.
pw-show = Show
pw-clear = Clear
pw-strength-weak = Weak: please do not use it.
pw-strength-fair = Fair: better, but still too easy for attackers to guess.
pw-strength-strong = Strong: well done.
pw-fail-short = It needs at least { $min } characters.
pw-fail-classes = It needs { $classes } of 4 kinds of characters: capitals, small letters, digits, symbols.
pw-fail-name = It must not contain the user name.
pw-fail-digits = A PIN has digits only.
pw-fail-pin-length = The PIN needs { $min } to { $max } digits.
pw-find-common = This is one of the commonest passwords. Attackers try it first.
pw-find-season = A season or month with a year (like "Summer2026") is guessed at once.
pw-find-praxis = "Praxis" or "Password" in a password is guessed at once.
pw-find-keyboard = Rows of keys like "qwerty" or "12345" are guessed at once.
pw-find-practice = "{ $word }" belongs to your practice. Attackers try such words first.
pw-find-short = Shorter than the recommended { $min } characters.
pw-find-pattern = It has an easy pattern, such as a date, a repeat or a single word.
pw-find-words = Better: four or more random words, for example the suggestion below.
pw-suggest = Suggest a password
pw-suggest-pin = Suggest a PIN
pw-bits-strong = Chosen at random and long enough: nobody will guess it.
pw-bits-pin = A random PIN without patterns. The device locks after three wrong tries, so that is enough.
pw-copy = Copy
pw-copied = Copied. The program clears the clipboard again in { $seconds } seconds.
pw-copy-failed = Copying is not possible here. Please type the suggestion.
pw-remote-hidden = Someone is watching your screen (remote support), so suggestions are hidden and passwords cannot be shown.
remote-toggle = Someone is watching my screen (remote support)
profile-city = Town of the practice
menu-settings = Settings
pw-check-label-pin = Check a new PIN (optional, never stored)
clock-left = Deadline for a report to the data-protection authority: { $deadline }, { $hours ->
        [one] one hour
       *[other] { $hours } hours
    } left.
clock-passed = The 72 hours ran out on { $deadline }. If a report is due, report at once and give the reason for the delay.
clock-explain = The 72 hours count from when the practice learned of the incident. Only a report, or a reasoned decision not to report, meets the deadline. Entering it here does not send a report.
clock-decide = Record the decision
playbook-problem-reserved-code = The code "{ $code }" starts with a letter the program keeps for its own screens (P, R, U, V, W).

## Where am I?
where-code-step = { $code } · step { $step }
where-screen = I am on { $code }: { $name }.
where-task-status = Status of the task: { $status }.
where-step = I am at step { $step } of { $steps }.
where-counts = In all, { $settled } of { $total } tasks have been dealt with{ $na ->
        [0] {""}
       *[other] , { $na } of them not applicable
    }. { $help ->
        [one] One is
       *[other] { $help } are
    } waiting for help.
where-button = Where am I?
where-title = Where am I? To read out on the phone:
where-goto-label = Code your IT support company gives (e.g. B-3)
where-goto = Go to
where-unknown = There is no code "{ $code }" here. Please ask again.
where-close = Close
task-step-done = Step { $step } done: { $text }
status-name-waiting = Waiting for a call back
task-help-tried = Steps 1 to { $done } are done; we are stuck at step { $stuck }.
task-help-tried-none = We have not managed any step yet.
task-help-waiting = We called the IT support company: mark as "waiting for a call back"
caller-check = Is this call genuine?
caller-check-title = How to recognise real helpers
caller-check-1 = Real helpers never ask for a password or a PIN.
caller-check-2 = When in doubt, hang up and call back on the number you already know, never on a number the caller gives.
caller-check-3 = Do not install programs or allow remote access just because a caller asks.
caller-check-4 = Pressure and haste ("right now, or else…") are a warning sign.
bundle-open = Make a file for your IT support company
bundle-contents = This file contains:
bundle-entry = { $name } ({ $kb } KB)
bundle-no-secrets = Lines with words like "password" or "PIN" are left out. This filter does not catch everything: never type a password into a field of this program.
bundle-save = Save …
bundle-saved = Saved: { $file }. Send this file to your IT support company.
shared-title = One record for all workstations
shared-hint = If the record lives in a shared folder (e.g. on the practice server), all workstations work on the same record.
shared-folder-label = Shared folder, e.g. \\server\practice\passwort-lotse
shared-use = Move it into this folder
shared-now = The record lives in the shared folder { $folder }.
shared-back-local = Move it back to this computer only
konnektor-unknown = Don't know
konnektor-no-ti = None, the practice has no TI
account-wifi = Wi-Fi
account-nas = Network storage (NAS)
account-home-office = Working from home (VPN or remote desktop)
account-portals = Other portals (appointments, lab)
overview-to-review = To the review
category-start = Right away
task-tested-when = Tested: { $what }
task-it-notes = For your IT support company
task-login-fails = The new login does not work?
task-login-fails-1 = Do not keep trying. After a few wrong tries the account locks.
task-login-fails-2 = Check Caps Lock. Check that the keyboard is not set to another language (Y and Z swapped).
task-login-fails-3 = For a router, Konnektor or storage opened in the browser: stay signed in in the old window until the new login works in a second window.
task-login-fails-4 = If it still fails, call your IT support company.
task-decision-save = Record it
task-decision-recorded = Recorded by { $name }, { $time }. The same answer shows under "About the incident".
task-decision-open = Not recorded yet.
cert-training-banner = TRAINING – made in training mode with a sample practice, not with real data.
cert-what-it-is = The practice made this summary itself, from its own entries. It is not a check by a third party, not a report to the data-protection authority, and not a statement that the practice's computers are free of malware.
cert-footer-not = The practice's own summary · no third-party check · no report to the authority · no statement about malware
pw-required = System requirement: { $parts }.
pw-required-pin = This system requires a PIN of { $min } to { $max } digits.
pw-required-pin-exact = This system requires a PIN of exactly { $digits } digits.
pw-required-source = { $source }
pw-required-unknown = We do not know what this system requires. { $source }
pw-recommend = We recommend at least { $min } characters, ideally four or more random words.
pw-recommend-pin = We recommend { $min } digits without a pattern.
pw-meets-required = Meets the system's known requirement.
pw-breaks-required = Does not meet the system's known requirement:
pw-unknown-verdict = You will only see whether the system accepts it when you change it.
pw-find-short-pin = Shorter than the recommended { $min } digits.
pw-find-pin-run = No sequences like 123456 or 654321.
pw-find-pin-repeat = No repeats like 111111 or 121212.
pw-find-pin-date = No dates such as a birthday.
pw-clean-device = Change this password on a clean device, such as your phone. Do not type it into a practice computer, not even into this program.
incident-stop-title = Stop at once if you see this on a computer:
incident-stop-then = Then do nothing more on that computer and change nothing. Call your IT support company straight away.
parties-button = Who is who?
parties-title = Who is who?
playbook-problem-rule-mismatch = In task "{ $id }" the requirement does not fit the kind: PIN or password.
playbook-problem-decision-twice = Task "{ $id }" asks for an incident fact that another task already asks for.
profile-gap-staff = Nobody in the team yet. Without names, the practice software tasks are missing.
profile-gap-workstation = No workstation yet. Without one, the Windows sign-in task is missing.
profile-gap-card-terminal = No card terminal yet. Without one, the admin PIN task is missing. If the practice has no TI, choose "None, the practice has no TI" below.
export-disk-full = The disk is full. Choose another place, such as a USB stick, or ask your IT support company to free some space.
trouble-follow-failed = Changes from the other workstations cannot be read right now: { $reason } Your own work is not affected.
trouble-shared-damaged = The record in the shared folder is damaged. The program writes nothing into it and keeps your work on this computer. Call your IT support company.
trouble-pending-set-aside = A copy of your work on this computer was damaged. It was put aside, not deleted: { $file }. Call your IT support company.
trouble-move-failed = The record was not moved and stays where it was: { $reason }
trouble-title = Please note
task-saving = saving …
store-opening = Opening the record …
store-offline-title = Shared folder not reachable
store-offline-body = The shared folder { $folder } cannot be reached right now. Your work is saved on this computer. It goes into the folder as soon as the folder is back.
store-waiting = { $workstation } is saving right now. Your change follows in a moment.
review-exporting = Making the summary …
bundle-listing = Putting the files together …
cli-about = Passwort-Lotse guides a medical practice through changing every password after an attack and records who did what, when. Without a command the app opens.
cli-usage = Usage:
cli-options = Options
cli-commands = Commands
cli-help = Show this help
cli-version = Show the version
cli-data-dir = Folder for the record, backups and logs (default: the usual data folder)
cli-playbook = Use this playbook file instead of the built-in one
cli-lang = Language: de or en
cli-demo = Work in training mode on a sample practice, not on the real record
cli-status = Show where things stand: practice, counts, open codes
cli-status-json = Print JSON for scripts
cli-reset-demo = Put the training record (--demo) back to its start
cli-certificate = Write the summary as a PDF (an interim summary while work is open)
cli-certificate-out = The PDF file to write
cli-verify = Checks a summary PDF: 0 unchanged, 1 changed or damaged, 2 not one of ours
cli-verify-file = The PDF file to check
cli-usage-line = [OPTIONS] [COMMAND]
cli-options-word = [OPTIONS]
cli-file = FILE
cli-folder = FOLDER
cli-language = LANGUAGE
screen-about = About Passwort-Lotse
about-open = About Passwort-Lotse
about-title = About Passwort-Lotse
about-version = Version { $version }
about-licence = Free software: the MIT licence or the Apache Licence 2.0, at your option.
about-data = Where your data is
about-data-folder = Settings, log files and the key for the seal are in { $folder }.
about-record-here = The record is in the same folder, on this computer only.
about-record-shared = The record is in the shared folder { $folder }.
about-notices = What it is built from
about-notices-intro = Passwort-Lotse is built from freely available parts. Their licences are here and in the file THIRD-PARTY-NOTICES.txt beside the program.
about-notices-show = Show the licences
window-failed = The Passwort-Lotse window could not be opened. Your work so far is saved. Call your IT support company and read this message to them: { $error }
cert-qr-alt = QR code for checking this document. It holds the document number { $id }, the checksum and the signature.
checklist-title = Tick-off checklist
checklist-file = Checklist
checklist-no-secrets = Do not write any password or PIN on this sheet, not even part of one.
checklist-practice = { $practice } · created on { $time }
checklist-how-heading = How to use this sheet
checklist-how-1 = Take the sheet to the device or the person it is about.
checklist-how-2 = Work through the steps. Tick the box when the task is done.
checklist-how-3 = Write down who did it, on which day and at what time.
checklist-how-4 = Then enter the sheet in Passwort-Lotse: Overview, then “Enter a ticked checklist”. Only then does the task count as done.
checklist-decisions = The practice owner's decisions ({ $codes }) are not on this sheet. They are made on screen.
checklist-device = Device: { $name }
checklist-person = Person: { $name }
checklist-practice-part = For the whole practice: { $category }
checklist-open-count = Open tasks on this sheet: { $open }
checklist-continued = { $part } (continued)
checklist-need-help = Help has already been requested for this task.
checklist-trap = Watch out: { $text }
checklist-secret-task = The new password or PIN does not go on this sheet.
checklist-done-by = Done by:
checklist-on = Date:
checklist-at = Time:
checklist-settled-heading = Already dealt with – nothing to tick here
checklist-all-done-heading = Everything here has already been dealt with
checklist-settled = { $code } { $title }: { $status } ({ $name }, { $time })
checklist-nothing-open = No task is open any more. There is nothing to tick off.
checklist-footer = Checklist · { $practice } · created on { $time } · page { $page } of { $pages }
checklist-footer-not = This sheet is not proof. Only the entry in Passwort-Lotse counts.
cli-checklist = Save the tick-off checklist as a PDF: a sheet for each device, each person and the whole practice
checklist-written = Checklist saved: { $file }
checklist-failed = The checklist was not saved: { $error }
screen-sheet = Enter a ticked checklist
checklist-print = Print checklist
checklist-print-hint = One sheet for each device, each person and the whole practice, to tick off on the spot. It is saved as a PDF and opened; print it from there.
checklist-printing = Creating the checklist …
plan-paper = Some tasks cannot be done on this computer, for example on the server or at the card terminal. Use “Print checklist” for those.
overview-enter-sheet = Enter a ticked checklist
sheet-title = Enter a ticked checklist
sheet-intro = Choose the sheet. Tick the same tasks here as on the sheet. Enter who did them and when.
sheet-which = Which sheet?
sheet-ticked = What is ticked on the sheet?
sheet-date = Date:
sheet-time = Time:
sheet-enter = { $count ->
    [one] Enter 1 task as done
   *[other] Enter { $count } tasks as done
    }
sheet-entered = { $count ->
    [one] 1 task is now entered in Passwort-Lotse.
   *[other] { $count } tasks are now entered in Passwort-Lotse.
    }
sheet-need-ticks = Tick at least one task.
sheet-need-name = Enter who did the tasks.
sheet-need-time = Enter the date and the time, e.g. 29.11.2026 and 10:30.
sheet-in-future = That time is in the future. Check the date and the time.
task-entered = Entered from the paper checklist by { $name } on { $time }
cert-entered = entered from the paper checklist by { $name } on { $time }
shortcut-back = Back (keyboard: Alt + left arrow)
shortcut-next = Next (keyboard: Alt + right arrow)
shortcut-help = Open or close “Where am I?” (keyboard: F1)
shortcut-goto = Go to a code (keyboard: Ctrl + G)
demo-banner-short = Training mode
where-keys-title = With the keyboard
where-keys = Tab and Shift + Tab: to the next or previous field. Space or Enter: press a button. Alt + right arrow: Next. Alt + left arrow: Back. F1: open or close “Where am I?”. Ctrl + G: go to a code. Ctrl + plus and Ctrl + minus: larger or smaller text.
help-button = Who to call?
sheet-before-record = That date is before you started using Passwort-Lotse. Check the date and the time.
sheet-not-one-sheet = You have ticked tasks from more than one sheet. Enter each sheet separately.
sheet-nothing-open = The ticked tasks have been dealt with in the meantime. There is nothing left to enter.
sheet-read-only = The record is open on another computer. Enter the sheet there.
sheet-already = { $count ->
    [one] 1 ticked task had already been dealt with and was left unchanged.
   *[other] { $count } ticked tasks had already been dealt with and were left unchanged.
    }
