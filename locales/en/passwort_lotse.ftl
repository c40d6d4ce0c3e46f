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
welcome-intro = This program guides you step by step through changing every password in your practice. It records who entered what and when. You can stop at any time and carry on later.
welcome-language = Language
welcome-who = Who is working now?
welcome-who-known = Click your name or type it in.
welcome-name-label = Your name
welcome-name-needed = Please enter your name first.
welcome-start = Let's start

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
profile-staff-hint = Everyone who signs in to Windows or the practice software. Each person gets tasks of their own.
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
profile-konnektor-hint = The Konnektor connects the practice to the telematics infrastructure (TI). Does your practice read insurance cards? Does it use KIM or e-prescriptions? Then it is connected to the TI, even if no Konnektor stands in the practice. Your IT support company knows the model. If you do not know, you get a task to find out.
profile-accounts = What does your practice have?
profile-accounts-hint = Answer Yes, No or Don't know. Only a "No" takes tasks out of the plan. With "Don't know", the task starts by finding out. Every practice has a router, a firewall and a backup: those tasks are always there.

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
task-help-number-from-profile = This number comes from your practice profile. Is it different from the service contract or your printed phone list? Then call the printed number and tell the practice owner.

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
playbook-problem-schema = The file has format { $version }. This program only knows format 2. Ask your IT support company for a new guide file.
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
status-unreadable = The record cannot be read: { $error } File: { $file }

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
cert-col-by = Entered by
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
cert-signed = Entered as confirmed by { $name } ({ $role }) on { $time }. To the best of their knowledge, this summary is correct.
cert-signoff-outdated = The confirmation given by { $name } on { $time } is no longer valid. Something was changed afterwards, on { $changed }.
cert-not-signed = Not finished and not confirmed yet.
cert-seal-heading = Seal
cert-seal-explain = This file holds the record the summary was made from. The key of the computer it was made on sealed it. That key's fingerprint and short code are below. The check with passwort-lotse verify <file> says two things. First: whether the file is unchanged since it was sealed. Second: whether the checking computer knows the key. Compare the fingerprint with the key sheet the practice keeps itself. A sheet that came with this file proves nothing. The seal does not confirm that the statements are true.
cert-document-id = Document ID: { $id }
cert-verification-code = Verification code: { $code }
cert-fingerprint = Key fingerprint: { $fingerprint } (short code { $code })
cert-key-source-store = The key is kept in the operating system's credential store.
cert-key-source-file = The key is kept in a file in the data folder, because no credential store was available.
cert-footer = { $id } · made { $time } · page { $page } of { $pages }
cert-attachment-record = The record this document was made from
cert-attachment-playbook = The playbook the work followed
cert-attachment-seal = The seal: checksums and signature

## Checking (passwort-lotse verify)
verify-valid = The file is unchanged since it was sealed with the key below. Whose key that is comes at the end.
verify-valid-other-version = WARNING: the visible pages were not checked, because version { $version } made them. They may have been changed. Do not rely on them. Only the embedded record was checked. Your IT support company can check the file with version { $version }.
verify-kind = Kind: { $kind }
verify-document = Document ID: { $id }
verify-practice = Practice: { $practice }
verify-fingerprint = Key fingerprint: { $fingerprint } (short code { $code })
verify-code = This document's verification code (not on the key sheet): { $code }
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
facts-report-hint = The practice owner decides whether to report. If so: without delay, and within 72 hours of the practice learning of it. If patient data is affected, a report is almost always due. If something is still missing, report on time and send the rest later.
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
pw-rule-classes = { $classes } of 4 kinds of characters (capitals, small letters, digits, symbols such as ! or -; the € sign does not count)
pw-rule-no-name = no user name in the password
pw-check-label = Check a new password (optional, never stored)
pw-check-hint = Type your new password here before you set it in the system. The program tells you whether it is good.
pw-show = Show
pw-clear = Clear
pw-strength-weak = Weak: please do not use it.
pw-strength-fair = Fair: better, but still too easy for attackers to guess.
pw-strength-strong = Strong: well done.
pw-fail-short = It needs at least { $min } characters.
pw-fail-classes = It needs { $classes } of 4 kinds of characters: capitals, small letters, digits, symbols such as ! or - (the € sign does not count).
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
pw-bits-strong = Chosen at random and long enough: practically impossible to guess.
pw-copy = Copy
pw-copied = Copied. The program clears the clipboard again in { $seconds } seconds.
pw-copy-failed = Copying is not possible here. Please type the suggestion.
pw-remote-hidden = Someone is watching your screen (remote maintenance), so suggestions are hidden and passwords cannot be shown.
remote-toggle = Someone is watching my screen (remote maintenance)
profile-city = Town of the practice
menu-settings = Settings
clock-left = If a report is due, it must be made without delay, by { $deadline } at the latest: { $hours ->
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
task-help-no-answer = If nobody answers, leave everything on the screen as it is. Let nobody else use this computer. Press the button below. If someone calls back, hang up and call the known number.
caller-check = Is this call genuine?
caller-check-title = How to recognise real helpers
caller-check-1 = Real helpers never ask for a password or a PIN.
caller-check-2 = When in doubt, hang up and call back on the number you already know, never on a number the caller gives.
caller-check-3 = Do not install programs or allow remote maintenance just because a caller asks.
caller-check-4 = Pressure and haste ("right now, or else…") are a warning sign.
bundle-open = Make a file for your IT support company
bundle-contents = This file contains:
bundle-entry = { $name } ({ $kb } KB)
bundle-no-secrets = Lines with words like "password" or "PIN" are left out. This filter does not catch everything: never type a password into a field of this program.
bundle-save = Save …
bundle-saved = Saved: { $file }. Pass the file to your IT support company as agreed with them, for example on a USB stick. Not by e-mail while the mailbox is not secured (B-2).
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
account-home-office = Working from home (access from outside)
account-portals = Other portals (appointments, lab)
overview-to-review = To the review
category-start = Right away
task-tested-when = Tested: { $what }
task-it-notes = For your IT support company
task-login-fails = The new login does not work?
task-login-fails-1 = Do not keep trying. After a few wrong tries the account locks.
task-login-fails-2 = Check Caps Lock. Check that the keyboard is not set to another language (Y and Z swapped).
task-login-fails-3 = For the router, Konnektor or storage in a browser: stay signed in in the old window. Test in a private window (Ctrl + Shift + N) or another browser.
task-login-fails-4 = If it still fails, call your IT support company.
task-decision-save = Record it
task-decision-recorded = Recorded by { $name }, { $time }. The same answer shows under "About the incident".
task-decision-open = Not recorded yet.
cert-training-banner = TRAINING – made in training mode with a sample practice, not with real data.
cert-what-it-is = The practice made this summary itself, from its own entries. It is not a check by a third party. It is not a report to the data-protection authority. It does not say that the practice's computers are free of malware.
cert-footer-not = The practice's own summary · no third-party check · no report to the authority · no statement about malware
pw-required = System requirement: { $parts }.
pw-required-pin = This system requires a PIN of { $min } to { $max } digits.
pw-required-pin-exact = This system requires a PIN of exactly { $digits } digits.
pw-required-source = { $source }
pw-required-unknown = We do not know what this system requires. { $source }
pw-recommend = We recommend at least { $min } characters, ideally four or more random words.
pw-recommend-pin = We recommend { $min } digits without a pattern.
pw-meets-required = Meets the length and character types of the known rule. Whether it contains the user name is only checked by the system when you set it.
pw-breaks-required = Does not meet the system's known requirement:
pw-unknown-verdict = You will only see whether the system accepts it when you change it.
pw-find-short-pin = Shorter than the recommended { $min } digits.
pw-find-pin-run = No sequences like 123456 or 654321.
pw-find-pin-repeat = No repeats like 111111 or 121212.
pw-find-pin-date = No dates such as a birthday.
pw-clean-device = Change this password on a clean device, such as your phone. Do not type it into a practice computer, not even into this program.
incident-stop-title = Stop at once if you see this on a computer:
incident-stop-then = Then do nothing more on that computer and change nothing. Do not switch it off: evidence would be lost. Only unplug the network cable if your IT support company says so. Call them at once.
parties-button = Who is who?
parties-title = Who is who?
playbook-problem-rule-mismatch = In task "{ $id }" the requirement does not fit the kind: PIN or password.
playbook-problem-decision-twice = Task "{ $id }" asks for an incident fact that another task already asks for.
profile-gap-staff = No one in the team has been entered yet. Then there is only one task to find out, not one for each person.
profile-gap-workstation = No workstation has been entered yet. Then there is only one task to find out, not one for each computer.
profile-gap-card-terminal = No card terminal entered yet. Enter it above. If the practice has none, answer "No" for "Card terminals" below.
export-disk-full = The disk is full. Choose another place, such as a USB stick, or ask your IT support company to free some space.
trouble-follow-failed = Changes from the other workstations cannot be read right now: { $reason } Your own work is not affected.
trouble-record-damaged = The record is damaged. The program writes nothing into it, and your work is kept. Call your IT support company.
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
bundle-saving = Saving the file …
cli-about = Passwort-Lotse guides a medical practice through changing every password after an attack, and records who entered what, and when. Without a command the app opens.
cli-usage = Usage:
cli-options = Options
cli-commands = Commands
cli-help = Show this help
cli-version = Show the version
cli-data-dir = Folder for the record, backups and logs (default: the usual data folder)
cli-playbook = Use this playbook file instead of the built-in one (without a valid signature FILE.minisig beside it, a warning comes first)
cli-lang = Language: de or en
cli-demo = Work in training mode on a sample practice, not on the real record
cli-status = Show where things stand: practice, counts, open codes
cli-status-json = Print JSON for scripts
cli-reset-demo = Put the training record (--demo) back to its start
cli-certificate = Write the summary as a PDF (an interim summary while work is open)
cli-certificate-out = The PDF file to write
cli-verify = Checks a summary. 0: unchanged, sealed by a known key. 3: unchanged, but an unknown key. 1: changed or damaged. 2: not a summary, unreadable or an invalid --key.
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
about-settings-folder = This computer's settings are in { $folder }.
about-data-folder = Log files and the key for the seal are in { $folder }.
about-record-here = The record is in { $folder }, on this computer only.
about-record-training = The training record is in { $folder }. The practice's real record is not touched by it.
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
checklist-how-2 = Go through the steps. When the task is done, tick the large box.
checklist-how-3 = Stuck, or found something unknown? Tick "Help needed". Does the task not apply? Tick that and write the reason.
checklist-how-4 = Add who did it, and the date and time. Then enter the sheet in Passwort-Lotse: overview, then "Enter a ticked checklist". Only then does it count.
checklist-decisions = Some things are entered only at the screen ({ $codes }): the practice owner's decisions and the result of the check of the computers.
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
sheet-intro = Choose the sheet. For each task, say which box is ticked on the sheet. Enter who did it and when.
sheet-which = Which sheet?
sheet-ticked = What is ticked on the sheet?
sheet-date = Date:
sheet-time = Time:
sheet-enter = { $count ->
    [one] Enter 1 task
   *[other] Enter { $count } tasks
    }
sheet-entered = { $count ->
    [one] 1 task is now entered in Passwort-Lotse.
   *[other] { $count } tasks are now entered in Passwort-Lotse.
    }
sheet-need-ticks = Say what is ticked for at least one task.
sheet-need-name = Enter who did the tasks.
sheet-need-time = Enter the date and the time, e.g. 29.11.2026 and 10:30.
sheet-in-future = That time is in the future. Check the date and the time.
task-entered = Entered from the paper checklist by { $name } on { $time }
cert-entered = according to the paper checklist: { $name }; entered on { $time }
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
playbook-problem-steps-out-of-order = The steps of task "{ $id }" are not in the safe order: ask where the account is used, write it down, change it, test it, and only then close the old session.
playbook-problem-missing-step = Task "{ $id }" lacks a step of the safe order: { $step }.
playbook-problem-no-find-out = Task "{ $id }" depends on an answer in the practice profile but does not say how to find it out (find_out).
playbook-problem-provider-name = The sender the playbook names must be a name only: at most { $max } characters, with no phone number, e-mail address or link.
step-kind-do = a plain step
step-kind-ask = ask where the account is used
step-kind-store = write the new password down for the envelope
step-kind-change = change it while the old session stays open
step-kind-test = test it in a separate sign-in
step-kind-close = only then close the old session
answer-yes = Yes
answer-no = No
answer-dont-know = Don't know
question-domain = Windows domain (one central sign-in for all computers)
question-card-terminals = Card terminals
question-card-pins = Was a card PIN (SMC-B or eHBA) ever written down, sent, or given to a company? The PIN letter does not count.
facts-it-check = Result of the check of the computers
facts-it-check-pending = No result yet
facts-it-check-nothing = Nothing found
facts-it-check-found = Signs of an attack found
facts-it-check-by = Who checked? Did the result come in writing?
facts-it-check-what = What was found, and on which computers?
facts-it-check-found-hint = Once this is recorded, task B-8 is added to the plan. Do not type any more passwords into the affected computers until your IT support company has cleaned them up. The report decision is then open again.
facts-cleanup = Clean-up of the computers
facts-cleanup-hint = Change the passwords a second time only after your IT support company confirms that the computers are clean.
facts-cleanup-pending = Not confirmed yet
facts-cleanup-confirmed = Clean-up confirmed
facts-cleanup-by = Who confirmed it, and how? For example: in writing on 3 Dec 2026
profile-card-terminals-list = Enter the card terminals above under "Devices". Each gets a task of its own.
task-find-out-first = Whether this applies to you is not settled yet. The first step finds out.
task-sources = Sources
source-section = { $title }, { $section }
source-url = { $text } ({ $url })
sheet-need-reason = Give the reason for each "Not applicable", as written on the sheet.
sheet-box-none = Nothing ticked
sheet-box-done = Done
sheet-box-help = Help needed or something unknown found
sheet-box-not-applicable = Not applicable here
sheet-reason = Reason for { $code }:
checklist-box-help = Help needed / something unknown found
checklist-box-not-applicable = Not applicable here, because:
task-second-round = Round 2
cert-it-check-pending = No result is recorded yet for the check of the computers by the IT support company.
cert-it-check-nothing = Check of the computers: nothing found. Checked by (as the practice states): { $by }
cert-it-check-found = Check of the computers: signs of an attack found, entered by { $name } on { $time }: { $what }
cert-cleanup-pending = The clean-up of the computers is not confirmed yet.
cert-cleanup-confirmed = Clean-up of the computers confirmed: { $by }. The second round of passwords is in the table, marked "R2".
cert-absent-heading = What the practice says it does not have
cert-absent-intro = The practice answered "No" to these questions of the practice profile. That is why their tasks are not in the table.
cert-absent = { $what }: "No", entered by { $name } on { $time }
cert-absent-none = The practice did not answer "No" to any question of the practice profile.
overview-attack-found = The check of the computers found an attack. Do not type any more passwords into them until your IT support company has cleaned them up. After that, the second round follows: the tasks marked R2.
topic-domain = Windows domain
topic-card-terminals = Card terminals
topic-card-pins = Card PIN known outside the PIN letter
pw-pin-at-terminal = Choose the new PIN yourself. Type it only on the card terminal's keypad, never into a computer and not here.
topic-ti = Konnektor and TI (telematics infrastructure)
checklist-login-fails = Does the new login fail? Do not keep trying. Keep the old session open and call your IT support company.

# The bad days of the record (issue 16)
save-damaged = The record's file is damaged. It is not overwritten.
save-busy = Another workstation or another program is keeping the shared folder busy. The program will try again shortly.
read-no-permission = The program may not read it, or another program is holding it.
read-damaged = It is damaged.
read-missing = The folder cannot be reached.
read-other = The disk reports an error.
unreadable-title = The record cannot be read right now
unreadable-body = The file cannot be read: { $reason }
unreadable-file = File: { $file }
unreadable-nothing-written = Nothing was changed. Until the file can be read again, the program saves nothing, so nothing is lost.
unreadable-what-to-do = Often antivirus software or a backup holds the file for a moment. Wait a little, then choose “Read again”. If it stays like this, call your IT support company and tell them the file.
unreadable-retry = Read again
store-offline-unknown-body = The shared folder { $folder } cannot be reached right now. There is no copy of the record on this computer yet. So that nothing gets mixed up, you can carry on only once the folder is back. Check that the server is running, or call your IT support company.
trouble-pending-unreadable = A copy of your work on this computer cannot be read: { $file }. It is left as it is and goes into the record as soon as it can be read. Call your IT support company.
trouble-settings = This computer's settings (language, text size, who is working) could not be read or saved. Reason: { $reason } The program carries on with the default settings. The record is not affected.
recovery-failed = That did not work: { $reason } The damaged file is unchanged. Try again or call your IT support company.
recovery-kept-work = What you already entered on this computer is kept. With the backup, it goes into the record. With a new record, it is put beside the damaged file.
export-key-unusable = The key for the seal is there but cannot be read. No new one was made, so the fingerprint on the key sheet stays valid. Do not delete the file. Call your IT support company: the file is called seal-key.bin and is in the data folder (see “About Passwort-Lotse”).
export-key-refused = This computer's key manager did not hand out the key for the seal. Perhaps it is locked, or a prompt was cancelled. Sign out of Windows and back in, then try again. If that does not help, call your IT support company. No new key was made.
form-read-only = You can only look at these details right now, not change them. The notice above says why.

# Footer line on a PDF page where a typed character could not be printed.
pdf-replaced-characters = � stands for a typed character this font cannot print. The record holds the original text.
cli-verify-key = A key fingerprint to accept as known, as printed on the practice's key sheet (may be given more than once)
cli-fingerprint = FINGERPRINT
verify-sealed-own = Known key: it is this computer's key.
verify-sealed-listed = Known key: it is in known-keys.txt on this computer ({ $label }).
verify-sealed-listed-no-label = no label
verify-sealed-given = Known key: it is the key you gave with --key.
verify-sealed-unknown = UNKNOWN KEY: this computer does not know it, and it is not in known-keys.txt. Here "unchanged" only means: unchanged since it was sealed with this key. Anyone can make a key and seal a changed record again. Compare the fingerprint with a key sheet the practice keeps itself. A sheet that came with the file does not count. On the phone, the short code is enough. If it matches, type the fingerprint from the sheet, never from this output. Then check again with --key. If it matches none of the practice's sheets, do not rely on the summary and ask the practice.
verify-own-key-unreadable = This computer's key cannot be read. It does not count as known for this check. An "unknown key" below may come from this.
verify-known-keys-unreadable = The list of known keys (known-keys.txt) cannot be read. It does not count for this check. An "unknown key" below may come from this.
verify-key-not-a-fingerprint = "{ $key }" is not a fingerprint. A fingerprint has 32 characters from 0–9 and a–f. Spaces between them are allowed, then in quotes. The short code alone is not enough.
about-key = Key for the seal
about-key-fingerprint = Fingerprint: { $fingerprint }
about-key-code = Short code: { $code }
about-key-explain = This computer seals its summaries with this key. Save the key sheet under "Review & sign off" and print it. Keep it with the printed summaries. Whoever checks a summary later compares the fingerprint with this sheet.
about-key-not-yet = No key yet. It is created with the first summary or key sheet.
about-key-unusable = The key cannot be read. Until it can, no summary can be sealed. Call your IT support company.
about-key-reading = Reading the key …
keysheet-title = Key sheet for the seal
keysheet-practice = Practice: { $practice }
keysheet-made = Made on { $time }
keysheet-key-heading = This computer's key
keysheet-fingerprint = Fingerprint: { $fingerprint }
keysheet-code = Short code: { $code }
keysheet-use-heading = What this sheet is for
keysheet-file = Keep the printout with the printed summaries. Keep a copy somewhere outside the practice's computers, for example with the practice owner's papers.
keysheet-what = Every summary carries the fingerprint of the key that sealed it. The printed number alone proves nothing: anyone can type it. Only the check with passwort-lotse verify counts. If it says "unchanged" and the fingerprint matches this sheet, the seal comes from this computer. If it does not match, compare with the practice's older key sheets. The seal does not confirm that the statements in the summary are true.
keysheet-check = To check on another computer: passwort-lotse verify --key "{ $fingerprint }" summary.pdf
keysheet-new-pc = A new computer, a new installation or a new Windows account has a new key. Save and print a new key sheet there. Keep this old sheet as well. So that old summaries stay known, your IT support company adds this sheet's fingerprint to known-keys.txt. That is done on every computer that checks summaries.
keysheet-footer = Passwort-Lotse key sheet · page { $page } of { $pages } · Holds no password and no secret key.
keysheet-file-name = Key-sheet
keysheet-written = Key sheet saved: { $file }
keysheet-failed = The key sheet could not be saved: { $error }
review-key-sheet = Save the key sheet as PDF
review-key-sheet-explain = The key sheet shows which key this computer seals summaries with. Save it, print it and keep it with the printed summaries.
review-key-sheet-exporting = Making the key sheet …
cli-key-sheet = Writes the key sheet as PDF: the practice, the key's fingerprint and short code, the date.
keysheet-computer = Computer: { $computer }
status-share-away = The shared folder { $folder } cannot be reached. The summary is available again once it is back. Check that the server is running, or call your IT support company.

## A playbook nobody vouches for (signed playbooks)
screen-playbook-warning = Check the playbook
playbook-warning-title = Warning: this playbook is not confirmed
playbook-warning-unsigned = This playbook says it comes from "{ $provider }". But it is not signed. Nobody this computer trusts has confirmed that it is genuine.
playbook-warning-not-confirmed = This playbook says it comes from "{ $provider }". It has a signature, but no key this computer trusts confirms it. Someone else may have signed it. It may have been changed afterwards, or the signature file is damaged. Or the right key is missing on this computer.
playbook-warning-attackers = After the attack on your provider, attackers often send fake instructions. They look like your provider's and sometimes even come from its real e-mail address. A fake playbook wants you, for example, to install an "update" or a remote access program, to enter a password through a link or give it on the phone, to switch off the virus protection, or to pay money into a new account.
playbook-warning-now = What to do now
playbook-warning-call = Call your IT support company. Take the number from the service contract, the sticker on the server or your printed phone list. Do not take a number from this playbook, from an e-mail or from an attachment. Ask whether this file comes from them and whether they checked it themselves. Did someone call you about it? Then hang up and call your IT support company yourself.
playbook-warning-checksum = Ask your IT support company to read out the first and the last group of their file's checksum. Do not read the characters out to them yourself. Compare both groups with these characters:
playbook-warning-if-not = They do not know the file, the characters do not match, or you cannot reach them? Then do not follow this playbook. Use the built-in guidance (button below) or close the program.
playbook-warning-confirmed-heading = Only if your IT support company confirmed the playbook
playbook-warning-confirmed = I called my IT support company myself. I knew the number before the attack. They sent exactly this file and checked it themselves. They read me the first and the last group of the checksum. Both match.
playbook-warning-confirmer = Whom did you speak to at your IT support company? (first and last name)
playbook-warning-name = Your name (you are making this decision)
playbook-warning-same-name = Both names are the same. Above, enter whom you spoke to; below, enter yourself.
playbook-warning-recorded = Your decision is kept with both names and the time, in the record and in the completion summary.
playbook-warning-use = Use this playbook anyway
playbook-unconfirmed-call = This playbook is not confirmed. Only call the number you already knew: from your service contract, the sticker on the server or your printed phone list.
playbook-signed-by = This playbook names "{ $provider }" as its sender. It is signed with the key "{ $signer }" from this computer's folder of trusted keys.
status-playbook-unconfirmed = Warning: the playbook "{ $provider }" is not confirmed by a key this computer trusts.
cert-playbook-heading = Playbook used
cert-playbook = From { $time }: "{ $provider }", { $id }, version { $version }, SHA-256 checksum { $sha }.
cert-playbook-built-in = The playbook is built into the program.
cert-playbook-signed = Signed with the key "{ $signer }" from the computer's folder of trusted keys.
cert-playbook-unsigned = The playbook was not signed. Its authenticity was not checked technically. { $by } states that the IT support company confirmed it on the phone. The program could not check this. { $by } decided to use it.
cert-playbook-not-confirmed = No trusted key confirmed the playbook's signature. Its authenticity was not checked technically. { $by } states that the IT support company confirmed it on the phone. The program could not check this. { $by } decided to use it.
cert-playbook-unsigned-confirmer = The playbook was not signed. Its authenticity was not checked technically. { $by } states that { $confirmer } of the IT support company confirmed it on the phone. The program could not check this. { $by } decided to use it.
cert-playbook-not-confirmed-confirmer = No trusted key confirmed the playbook's signature. Its authenticity was not checked technically. { $by } states that { $confirmer } of the IT support company confirmed it on the phone. The program could not check this. { $by } decided to use it.
cert-playbook-not-recorded = Playbook: { $id }, version { $version }. This record does not say who vouches for the playbook (it is older than this check).
playbook-warning-mail = The e-mail that brought the file: leave it in the mailbox. Do not reply, and do not open any other attachment or link in it. A correct sender address proves nothing. Warn the whole team. Your IT support company will tell you how they get the e-mail.
playbook-warning-already = Have you already done something this playbook said, such as installing a program or giving a password? Then unplug this computer's network cable and switch off its Wi-Fi. Do not shut it down. Call your IT support company at once and tell the practice owner.
playbook-warning-never = Treat the file as fake until your IT support company confirms it. A genuine provider never asks you to skip this warning or to copy a key file. Only your IT support company sets up keys, never from an e-mail.
playbook-warning-built-in = Use the built-in guidance
playbook-unconfirmed-banner = This playbook is not confirmed by a key. Do not follow any number or link in it without asking your IT support company at the number you know.
help-line-your-it = your IT support company
