//! The layers of the code (README, "For developers"), checked from the
//! source: a module uses only modules of its own layer or those below, and
//! no modules use each other in a circle. A failure names the file and the
//! import, so whoever added it knows where to look.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first, and the top-level modules of `src/` in each.
/// A new module must be placed here before the test passes.
const LAYERS: [(&str, &[&str]); 8] = [
    (
        "base",
        &[
            "clock", "code", "disk", "files", "hex", "i18n", "password", "profile", "when",
        ],
    ),
    (
        "core",
        &[
            "record", "playbook", "wizard", "plan", "review", "progress", "summary", "messages",
            "demo", "settings",
        ],
    ),
    ("documents", &["pdf", "certificate", "checklist", "bundle"]),
    ("workspace", &["workspace", "support"]),
    ("persistence", &["store", "persist"]),
    ("session", &["session"]),
    ("views", &["ui", "app"]),
    ("shell", &["cli"]),
];

/// `crate::t!` is the translation macro of `i18n`, not a module.
const MACROS: [(&str, &str); 1] = [("t", "i18n")];

/// One use of another module: who uses whom, in which file, as written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Use {
    from: String,
    to: String,
    file: String,
    import: String,
}

fn layer_of(module: &str) -> Option<(usize, &'static str)> {
    LAYERS
        .iter()
        .enumerate()
        .find(|(_, (_, modules))| modules.contains(&module))
        .map(|(rank, (name, _))| (rank, *name))
}

/// The files of the library that are not tests, from `lib.rs` down
/// through the `mod` declarations, skipping those behind `#[cfg(test)]`.
fn library_files(src: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![src.join("lib.rs")];
    while let Some(file) = todo.pop() {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let children_dir = match file.file_name().and_then(|n| n.to_str()) {
            Some("lib.rs" | "mod.rs") => file.parent().map(Path::to_path_buf),
            _ => Some(file.with_extension("")),
        };
        let mut test_only = false;
        for line in text.lines().map(str::trim) {
            if line.starts_with("#[cfg(test)]") {
                test_only = true;
                continue;
            }
            let declared = line
                .strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("pub(crate) mod "))
                .or_else(|| line.strip_prefix("mod "))
                .and_then(|rest| rest.strip_suffix(';'));
            if let (Some(name), Some(dir)) = (declared, &children_dir)
                && !test_only
            {
                let flat = dir.join(format!("{name}.rs"));
                todo.push(if flat.exists() {
                    flat
                } else {
                    dir.join(name).join("mod.rs")
                });
            }
            if !line.starts_with("#[") {
                test_only = false;
            }
        }
        files.push(file);
    }
    files.sort();
    files
}

/// The text without the items behind `#[cfg(test)]`: a `mod x;` line, or
/// a block up to its closing brace.
fn without_test_items(text: &str) -> String {
    let mut kept = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if !line.trim().starts_with("#[cfg(test)]") {
            kept.push_str(line);
            kept.push('\n');
            continue;
        }
        let (mut open, mut close) = (0_usize, 0_usize);
        let mut opened = false;
        for item in lines.by_ref() {
            open += item.matches('{').count();
            close += item.matches('}').count();
            opened |= item.contains('{');
            let ends_here = if opened {
                close >= open
            } else {
                item.trim_end().ends_with(';')
            };
            if ends_here {
                break;
            }
        }
    }
    kept
}

/// The top-level modules a file's non-test code names, with the import.
fn uses_in(from: &str, file: &str, text: &str) -> Vec<Use> {
    let code = without_test_items(text);
    let mut uses = Vec::new();
    let mut add = |to: &str, import: &str| {
        let to = MACROS
            .iter()
            .find(|(m, _)| *m == to)
            .map_or(to, |(_, module)| *module);
        if to != from {
            uses.push(Use {
                from: from.to_owned(),
                to: to.to_owned(),
                file: file.to_owned(),
                import: import.trim().to_owned(),
            });
        }
    };
    for line in code.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // `use crate::{a, b::c};` names each of them.
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        add(&name, line);
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    add(&name, line);
                }
            }
        }
    }
    uses
}

/// Every use between top-level modules in the library under `src`.
fn library_uses(src: &Path) -> Vec<Use> {
    let mut all = Vec::new();
    for file in library_files(src) {
        let Ok(relative) = file.strip_prefix(src) else {
            continue;
        };
        let top = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or_default()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let name = format!("src/{}", relative.display());
        all.extend(uses_in(&top, &name, &text));
    }
    all.sort();
    all.dedup();
    all
}

/// Uses that go up a layer, or name a module no layer holds.
fn layer_breaks(uses: &[Use]) -> Vec<String> {
    let mut breaks = Vec::new();
    for u in uses {
        match (layer_of(&u.from), layer_of(&u.to)) {
            (Some((from, from_name)), Some((to, to_name))) if to > from => breaks.push(format!(
                "{}: `{}` is in {from_name} but uses `{}` of {to_name}, a layer above: {}",
                u.file, u.from, u.to, u.import
            )),
            (None, _) => breaks.push(format!("{}: module `{}` is in no layer", u.file, u.from)),
            (_, None) => breaks.push(format!(
                "{}: `{}` uses `{}`, which is in no layer: {}",
                u.file, u.from, u.to, u.import
            )),
            _ => {}
        }
    }
    breaks
}

/// Circles among modules: each as the uses that make it up.
fn circles(uses: &[Use]) -> Vec<Vec<Use>> {
    let mut edges: BTreeMap<&str, BTreeMap<&str, &Use>> = BTreeMap::new();
    for u in uses {
        edges.entry(&u.from).or_default().entry(&u.to).or_insert(u);
    }
    let mut found = Vec::new();
    let mut seen_starts = BTreeSet::new();
    for &start in edges.keys() {
        // A path back to `start` through modules not yet tried as starts
        // finds each circle once.
        let mut stack: Vec<(&str, Vec<&Use>)> = vec![(start, Vec::new())];
        let mut visited = BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for (&next, &u) in edges.get(at).into_iter().flatten() {
                if next == start {
                    let mut circle: Vec<Use> = path.iter().map(|u| (*u).clone()).collect();
                    circle.push(u.clone());
                    found.push(circle);
                } else if !seen_starts.contains(next) && visited.insert(next) {
                    let mut longer = path.clone();
                    longer.push(u);
                    stack.push((next, longer));
                }
            }
        }
        seen_starts.insert(start);
    }
    found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_module_uses_only_its_own_layer_or_those_below() {
    let uses = library_uses(&src());
    assert!(uses.len() > 50, "the imports were read ({})", uses.len());
    let breaks = layer_breaks(&uses);
    assert!(breaks.is_empty(), "layers broken:\n{}", breaks.join("\n"));
}

#[test]
fn no_modules_use_each_other_in_a_circle() {
    let circles = circles(&library_uses(&src()));
    let described: Vec<String> = circles
        .iter()
        .map(|circle| {
            circle
                .iter()
                .map(|u| format!("  {} -> {} ({}: {})", u.from, u.to, u.file, u.import))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    assert!(circles.is_empty(), "circles:\n{}", described.join("\n\n"));
}

#[test]
fn the_check_names_the_file_and_the_import_that_break_a_rule() {
    let record = uses_in(
        "record",
        "src/record/mod.rs",
        "use crate::ui::widgets;\nuse crate::{hex, t};\n",
    );
    let breaks = layer_breaks(&record);
    assert_eq!(breaks.len(), 1, "{breaks:?}");
    assert!(breaks[0].starts_with("src/record/mod.rs: `record` is in core but uses `ui` of views"));
    assert!(breaks[0].ends_with("use crate::ui::widgets;"));

    let mut both = uses_in("plan", "src/plan.rs", "use crate::wizard::Screen;");
    both.extend(uses_in("wizard", "src/wizard.rs", "use crate::plan::Plan;"));
    let found = circles(&both);
    assert_eq!(found.len(), 1);
    let files: Vec<&str> = found[0].iter().map(|u| u.file.as_str()).collect();
    assert_eq!(files, ["src/plan.rs", "src/wizard.rs"]);

    let tests = "#[cfg(test)]\nmod tests {\n    use crate::ui::x;\n}\nuse crate::session::y;\n";
    let outside = uses_in("plan", "src/plan.rs", tests);
    assert_eq!(
        outside.len(),
        1,
        "test code may use anything, the rest may not"
    );
    assert_eq!(outside[0].to, "session");
}

#[test]
fn every_module_of_the_library_is_in_a_layer() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap_or_default();
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .filter_map(|l| l.strip_suffix(';'))
        .collect();
    assert!(modules.len() > 20);
    for module in modules {
        assert!(
            layer_of(module).is_some(),
            "src/lib.rs: `{module}` is in no layer"
        );
    }
}
