//! Writes the seed corpus of every fuzz target into `fuzz/corpus/<target>/`:
//! real files as the app writes them (made with the app's own encoders), a
//! few typical hand-typed inputs, and some cut-off or damaged variants.
//!
//! ```sh
//! RUSTC_BOOTSTRAP=1 cargo fuzz build seeds
//! fuzz/target/x86_64-unknown-linux-gnu/release/seeds
//! ```
//!
//! Deterministic: the same app version writes the same seeds.

use std::collections::HashMap;
use std::error::Error;
use std::path::{Path, PathBuf};

use chrono::{Duration, TimeZone, Utc};
use ed25519_dalek::SigningKey;
use passwort_lotse::certificate::{self, KeySource, SealKey};
use passwort_lotse::i18n::Lang;
use passwort_lotse::persist::location::Location;
use passwort_lotse::playbook::{DEFAULT_PLAYBOOK, Playbook, default_playbook};
use passwort_lotse::record::{
    EventKind, IncidentFacts, LockHolder, Mark, PatientsDecision, RECORD_SCHEMA, Record,
    ReportDecision, Sheet, encode,
};
use passwort_lotse::settings::Settings;
use passwort_lotse::wizard::Screen;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

struct Corpus {
    root: PathBuf,
    written: usize,
    bytes: usize,
}

impl Corpus {
    fn put(&mut self, target: &str, name: &str, bytes: &[u8]) -> Result<()> {
        let dir = self.root.join(target);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(name), bytes)?;
        self.written += 1;
        self.bytes += bytes.len();
        Ok(())
    }

    /// The file, then the same cut off at half its length.
    fn put_with_cut(&mut self, target: &str, name: &str, bytes: &[u8]) -> Result<()> {
        self.put(target, name, bytes)?;
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "bin"));
        self.put(
            target,
            &format!("{stem}-cut.{ext}"),
            &bytes[..bytes.len() / 2],
        )
    }
}

fn at(h: u32, m: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, h, m, 0)
        .single()
        .unwrap_or_default()
}

/// The built-in playbook with only its first tasks: small enough to embed
/// in a seed certificate, still valid.
fn small_playbook() -> Result<(Playbook, String)> {
    let mut playbook = default_playbook();
    playbook.tasks.truncate(6);
    playbook.incident.pages.truncate(1);
    let text = ron::ser::to_string_pretty(&playbook, ron::ser::PrettyConfig::default())?;
    let parsed = passwort_lotse::playbook::parse(&text, Path::new("small.ron"))?;
    Ok((parsed, text))
}

/// A short real record: profile, facts, a few marks, a sheet, a sign-off.
fn short_record(playbook: &Playbook) -> Record {
    let mut r = Record::default();
    r.push(
        at(9, 0),
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::RecordStarted {
            playbook_id: playbook.id.clone(),
            playbook_version: playbook.version.clone(),
            training: false,
        },
    );
    let profile = passwort_lotse::demo::profile();
    let plan = passwort_lotse::plan::Plan::new(playbook, &profile);
    r.push(
        at(9, 5),
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    let facts = IncidentFacts {
        learned_at: Some(at(8, 30)),
        learned_how: "Anruf des Anbieters".into(),
        report: ReportDecision::Reported {
            on: at(9, 0).date_naive(),
            authority: "Landesdatenschutzbeauftragte".into(),
            reference: "LDA-2026-0815".into(),
        },
        patients: PatientsDecision::NotInformed {
            reason: "Keine Patientendaten betroffen".into(),
        },
        ..IncidentFacts::default()
    };
    r.push(
        at(9, 10),
        "Dr. Beispiel",
        "Labor-PC",
        EventKind::FactsSaved { facts, base: None },
    );
    let marks = [
        Mark::Done,
        Mark::Tested,
        Mark::NeedHelp,
        Mark::NotApplicable,
    ];
    for (n, task) in plan.tasks.iter().take(4).enumerate() {
        let mark = marks[n % marks.len()];
        r.push(
            at(10, 5 * n as u32),
            "Anna Schmidt",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: task.id.clone(),
                mark,
                reason: (mark == Mark::NotApplicable).then(|| "Kein solches Gerät".into()),
            },
        );
    }
    let sheet_tasks: Vec<_> = plan
        .tasks
        .iter()
        .skip(4)
        .take(2)
        .map(|t| t.id.clone())
        .collect();
    r.push(
        at(11, 0),
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::SheetEntered {
            sheet: Sheet::done(sheet_tasks, "Bea Kurz", at(10, 40)),
        },
    );
    r.push(
        at(12, 0),
        "Dr. Beispiel",
        "Labor-PC",
        EventKind::SignedOff {
            name: "Dr. Beispiel".into(),
            role: "Praxisinhaber".into(),
        },
    );
    r
}

fn records(c: &mut Corpus, playbook: &Playbook, small: &Playbook) -> Result<()> {
    let short = encode(&short_record(playbook))?;
    c.put_with_cut("record", "short.json", &short)?;
    let demo = encode(&passwort_lotse::demo::record(small, at(15, 0)))?;
    c.put("record", "demo-small-playbook.json", &demo)?;
    c.put("record", "empty.json", &encode(&Record::default())?)?;
    let text = String::from_utf8(short.clone())?;
    let current = format!("\"schema\":{RECORD_SCHEMA}");
    c.put(
        "record",
        "schema-1.json",
        text.replacen(&current, "\"schema\":1", 1).as_bytes(),
    )?;
    c.put(
        "record",
        "newer-schema.json",
        text.replacen(&current, "\"schema\":9", 1).as_bytes(),
    )?;
    c.put(
        "record",
        "edited.json",
        text.replacen("Bea Kurz", "Bernd Kurz", 1).as_bytes(),
    )?;
    c.put("record", "not-a-record.json", b"{\"x\":1}")?;
    Ok(())
}

/// The copies kept on a workstation while the share is away.
fn pending(c: &mut Corpus, playbook: &Playbook) -> Result<()> {
    let mut work = Record::default();
    let plan = passwort_lotse::plan::Plan::new(playbook, &passwort_lotse::demo::profile());
    for (n, task) in plan.tasks.iter().take(3).enumerate() {
        work.push(
            at(13, 10 * n as u32),
            "Anna Schmidt",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: task.id.clone(),
                mark: Mark::Done,
                reason: None,
            },
        );
    }
    let bytes = encode(&work)?;
    c.put_with_cut("pending", "shared-pending.json", &bytes)?;
    let copy = encode(&short_record(playbook))?;
    c.put("pending", "shared-copy.json", &copy)?;
    let merged = encode(&short_record(playbook).merged_with(&work))?;
    c.put("pending", "merged.json", &merged)?;
    Ok(())
}

fn settings(c: &mut Corpus, playbook: &Playbook) -> Result<()> {
    c.put(
        "settings",
        "default.json",
        &serde_json::to_vec_pretty(&Settings::default())?,
    )?;
    let task = passwort_lotse::plan::Plan::new(playbook, &passwort_lotse::demo::profile())
        .tasks
        .first()
        .map_or_else(|| "".into(), |t| t.id.clone());
    let used = Settings {
        lang: Some(Lang::De),
        zoom: 1.25,
        worker: passwort_lotse::settings::Worker::named("Anna Schmidt"),
        screen: Screen::Task(task),
        remote_support: true,
        shared_folder: None,
    };
    let used = serde_json::to_vec_pretty(&used)?;
    c.put_with_cut("settings", "used.json", &used)?;
    let legacy = Settings {
        lang: Some(Lang::En),
        screen: Screen::Incident(2),
        shared_folder: Some(PathBuf::from("/mnt/praxis/lotse")),
        ..Settings::default()
    };
    c.put(
        "settings",
        "legacy-shared-folder.json",
        &serde_json::to_vec_pretty(&legacy)?,
    )?;
    c.put(
        "settings",
        "zoom-zero.json",
        b"{\"zoom\": 0, \"screen\": \"Overview\"}",
    )?;
    Ok(())
}

/// window.ron as eframe 0.37 writes it (`native/file_storage.rs`): a RON map
/// of strings, pretty-printed, each value RON itself.
fn window(c: &mut Corpus) -> Result<()> {
    let written = "(normal_geometry:(outer_position_pixels:Some((x:312.0,y:140.0)),scale_factor:1.25,inner_size_points:(x:1100.0,y:760.0)),fullscreen:false,maximized:false)";
    let settings: egui_winit::WindowSettings = ron::from_str(written)?;
    let window = ron::ser::to_string(&settings)?;
    let file = |kv: &HashMap<String, String>| -> Result<Vec<u8>> {
        let mut out = Vec::new();
        ron::Options::default().to_io_writer_pretty(&mut out, kv, Default::default())?;
        Ok(out)
    };
    let mut kv = HashMap::new();
    kv.insert("window".to_owned(), window.clone());
    let plain = file(&kv)?;
    c.put_with_cut("window_ron", "window.ron", &plain)?;
    c.put("window_ron", "window-value.ron", window.as_bytes())?;
    let maximized = window.replace("maximized:false", "maximized:true");
    kv.insert("window".to_owned(), maximized);
    // eframe writes "egui" too when an app keeps egui's memory (this app
    // does not, but reads whatever the file has).
    let memory = ron::ser::to_string(&egui::Memory::default())?;
    kv.insert("egui".to_owned(), memory.clone());
    c.put("window_ron", "window-and-memory.ron", &file(&kv)?)?;
    c.put("window_ron", "memory-value.ron", memory.as_bytes())?;
    c.put("window_ron", "empty-map.ron", b"{}")?;
    Ok(())
}

fn playbooks(c: &mut Corpus, small_text: &str) -> Result<()> {
    c.put("playbook", "default.ron", DEFAULT_PLAYBOOK.as_bytes())?;
    c.put_with_cut("playbook", "small.ron", small_text.as_bytes())?;
    let broken = small_text.replacen("tasks: [", "tasks: [[", 1);
    c.put("playbook", "syntax-error.ron", broken.as_bytes())?;
    let schema = small_text.replacen("schema: 2", "schema: 9", 1);
    c.put("playbook", "newer-schema.ron", schema.as_bytes())?;
    Ok(())
}

fn sheet_entries(c: &mut Corpus, playbook: &Playbook) -> Result<()> {
    let plan = passwort_lotse::plan::Plan::new(playbook, &passwort_lotse::demo::profile());
    let code = |n: usize| {
        plan.tasks
            .get(n)
            .map(|t| t.code.to_string())
            .unwrap_or_default()
    };
    let entries = [
        (
            "sheet-front-desk.txt",
            format!(
                "{}\n28.11.2026\n16:45\nBea Kurz\n28.11.2026 08:30\n28.11.2026\n28.11.2026\nd{}\nt{}\nh{}\nn{}|Kein TeamViewer an diesem PC",
                code(3),
                code(3),
                code(4),
                code(5),
                code(6)
            ),
        ),
        (
            "spoken-code.txt",
            format!(
                "{}\n2026-11-28\n9:05 Uhr\n Dr. Beispiel \n28.11.2026, 08:30 Uhr\n2026-11-28\n28/11/2026\nd{}",
                code(1).to_lowercase().replace('-', " "),
                code(1)
            ),
        ),
        (
            "app-codes.txt",
            "u-3\n28.11.26\n10:30\nAnna\n\n\n\n".to_owned(),
        ),
        (
            "impossible.txt",
            "V-9\n31.02.2026\n25:61\n\n28.11.1999 09:30\n00.00.0000\ngestern\ndno-such-task\nn|"
                .to_owned(),
        ),
    ];
    for (name, text) in entries {
        c.put("sheet_entry", name, text.as_bytes())?;
    }
    Ok(())
}

fn certificates(c: &mut Corpus, small: &Playbook, small_text: &str) -> Result<()> {
    let key = SealKey {
        signing: SigningKey::from_bytes(&[3; 32]),
        source: KeySource::KeyFile,
    };
    let record = short_record(small);
    let exported = at(12, 30) + Duration::minutes(1);
    let (pdf, _) = certificate::make(small, small_text, &record, Lang::De, (exported, 60), &key)?;
    if !matches!(
        certificate::verify(&pdf),
        certificate::Verdict::Valid { .. }
    ) {
        return Err("the seed certificate does not verify".into());
    }
    c.put_with_cut("verify_pdf", "certificate.pdf", &pdf)?;
    let mut flipped = pdf.clone();
    if let Some(pos) = pdf.windows(8).position(|w| w == b"Beispiel") {
        flipped[pos] = b'b';
    }
    c.put("verify_pdf", "certificate-edited.pdf", &flipped)?;
    c.put("verify_pdf", "not-a-certificate.pdf", b"%PDF-1.7\n%%EOF\n")?;
    Ok(())
}

fn notes(c: &mut Corpus) -> Result<()> {
    c.put(
        "notes",
        "location-here.json",
        &serde_json::to_vec_pretty(&Location::Here)?,
    )?;
    let shared = Location::Shared {
        folder: PathBuf::from("\\\\server\\praxis\\lotse"),
    };
    c.put_with_cut(
        "notes",
        "location-shared.json",
        &serde_json::to_vec_pretty(&shared)?,
    )?;
    let holder = LockHolder {
        name: "Bernd".into(),
        workstation: "Labor-PC".into(),
    };
    c.put("notes", "record.holder", &serde_json::to_vec(&holder)?)?;
    c.put("notes", "seal-key.bin", &[7u8; 32])?;
    c.put("notes", "seal-key-short.bin", &[7u8; 10])?;
    let key = SealKey {
        signing: SigningKey::from_bytes(&[3; 32]),
        source: KeySource::KeyFile,
    };
    let list = format!(
        "# Schlüssel der Praxis\n{}  # alter Empfangs-PC\nkein Schlüssel\n0123-4567-89ab-cdef-0123-4567-89ab-cdef\n",
        key.fingerprint()
    );
    c.put("notes", "known-keys.txt", list.as_bytes())?;
    Ok(())
}

fn main() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut c = Corpus {
        root,
        written: 0,
        bytes: 0,
    };
    let playbook = default_playbook();
    let (small, small_text) = small_playbook()?;
    records(&mut c, &playbook, &small)?;
    pending(&mut c, &playbook)?;
    settings(&mut c, &playbook)?;
    window(&mut c)?;
    playbooks(&mut c, &small_text)?;
    sheet_entries(&mut c, &playbook)?;
    certificates(&mut c, &small, &small_text)?;
    notes(&mut c)?;
    eprintln!(
        "{} seed files, {} bytes, in {}",
        c.written,
        c.bytes,
        c.root.display()
    );
    Ok(())
}
