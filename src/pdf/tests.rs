use super::*;
use crate::i18n::Lang;

fn info() -> Info {
    Info {
        title: "Prüfdokument".into(),
        creator: "Passwort-Lotse test".into(),
        lang: Lang::De,
        document_id: "test-1".into(),
        made: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
    }
}

/// A document with every kind of part, running over several pages.
fn sample() -> Document {
    let mut p = Pages::new(vec![
        ("Titel".into(), Weight::Bold, 18.0),
        ("Übung".into(), Weight::Bold, 9.5),
    ]);
    p.heading(2, "Erster Teil");
    p.paragraph("Ein Absatz, der über mehrere Zeilen laufen darf, weil er lang ist und immer weiter geht, bis er umbricht.", Weight::Regular, 10.0);
    p.open(Role::List);
    p.list_item("1.", "Erster Schritt", 10.0);
    p.list_item("2.", "Zweiter Schritt", 10.0);
    p.close();
    let columns = [
        Column {
            title: "Code".into(),
            width: 100.0,
        },
        Column {
            title: "Aufgabe".into(),
            width: 300.0,
        },
    ];
    let rows: Vec<Vec<Cell>> = (0..120)
        .map(|n| {
            vec![
                vec![(format!("A-{n}"), Weight::Bold)],
                if n % 7 == 0 {
                    Vec::new()
                } else {
                    vec![(format!("Aufgabe {n}"), Weight::Regular)]
                },
            ]
        })
        .collect();
    p.table(&columns, &rows, 8.0);
    p.figure("QR-Code mit der Dokumentnummer", 50.0, |x, y| Op::Squares {
        x,
        y,
        module: 5.0,
        cells: vec![(0, 0), (1, 1)],
    });
    p.finish(|page, pages, _| vec![format!("Seite {page} von {pages}")])
}

fn collect(e: &Element, used: &mut Vec<usize>) {
    for child in &e.children {
        match child {
            Node::Element(c) => collect(c, used),
            Node::Content(n) => used.push(*n),
        }
    }
}

#[test]
fn every_piece_of_content_belongs_to_exactly_one_element() {
    let doc = sample();
    let mut used = Vec::new();
    for e in &doc.structure {
        collect(e, &mut used);
    }
    let drawn: Vec<usize> = doc
        .pages
        .iter()
        .flatten()
        .filter_map(|p| match p.mark {
            Mark::Content(n) => Some(n),
            Mark::Artifact(_) => None,
        })
        .collect();
    used.sort_unstable();
    let mut sorted = drawn.clone();
    sorted.sort_unstable();
    assert_eq!(
        used, sorted,
        "content drawn and content in the structure differ"
    );
    sorted.dedup();
    assert_eq!(sorted.len(), drawn.len(), "a piece of content drawn twice");
}

#[test]
fn the_title_is_the_first_heading_and_later_running_heads_are_decoration() {
    let doc = sample();
    assert!(doc.pages.len() >= 3, "the sample runs over several pages");
    match &doc.structure[0].role {
        Role::Heading { level: 1, text } => assert_eq!(text, "Titel"),
        other => panic!("first element is {other:?}"),
    }
    let later_titles: Vec<&Placed> = doc.pages[1]
        .iter()
        .filter(|p| matches!(&p.op, Op::Text { text, .. } if text == "Titel"))
        .collect();
    assert_eq!(later_titles.len(), 1);
    assert_eq!(later_titles[0].mark, Mark::Artifact(Artifact::Header));
    // Footers are decoration on every page.
    for page in &doc.pages {
        assert!(
            page.iter()
                .any(|p| p.mark == Mark::Artifact(Artifact::Footer))
        );
    }
}

#[test]
fn a_table_has_one_header_row_and_every_row_has_every_cell() {
    let doc = sample();
    let table = doc
        .structure
        .iter()
        .flat_map(Element::walk)
        .find(|e| e.role == Role::Table)
        .expect("a table");
    let parts: Vec<&Role> = table
        .children
        .iter()
        .filter_map(|c| match c {
            Node::Element(e) => Some(&e.role),
            Node::Content(_) => None,
        })
        .collect();
    assert_eq!(parts, [&Role::TableHead, &Role::TableBody]);
    let rows: Vec<&Element> = table
        .walk()
        .into_iter()
        .filter(|e| e.role == Role::Row)
        .collect();
    assert_eq!(rows.len(), 121, "one header row and 120 body rows");
    for row in rows {
        assert_eq!(row.children.len(), 2, "a row with a missing cell");
    }
    // The header repeated on later pages is decoration, not a second header.
    let repeated = doc
        .pages
        .iter()
        .flatten()
        .filter(|p| {
            p.mark == Mark::Artifact(Artifact::Repeated)
                && matches!(&p.op, Op::Text { text, .. } if text == "Code")
        })
        .count();
    assert!(repeated >= 1);
}

#[test]
fn the_pdf_is_tagged_pdf_ua_and_pdf_a_and_the_same_every_time() {
    let doc = sample();
    let first = write(&doc, &info(), Vec::new()).expect("krilla's validators accept it");
    let second = write(&doc, &info(), Vec::new()).expect("again");
    assert_eq!(first, second, "the same document gives the same bytes");
    let text = super::inspect::unpacked(&first);
    assert!(text.contains("/StructTreeRoot"), "tagged");
    assert!(text.contains("/MarkInfo"), "marked");
    assert!(text.contains("pdfuaid:part"), "PDF/UA named in the XMP");
    assert!(
        text.contains("<pdfaid:part>3</pdfaid:part>"),
        "PDF/A-3 named in the XMP"
    );
    assert!(
        text.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "level A"
    );
    assert!(
        super::inspect::holds_text(&text, "QR-Code mit der Dokumentnummer"),
        "the figure's alt text"
    );
    assert!(
        super::inspect::has_element(&text, "Figure"),
        "the QR code is a figure"
    );
    assert!(super::inspect::has_element(&text, "TH"), "header cells");
    assert!(
        super::inspect::has_element(&text, "H1"),
        "the title is a heading"
    );
    assert!(text.contains("/Outlines"), "bookmarks");
    assert!(
        text.contains("/Lang (de)") || text.contains("/Lang(de)"),
        "the language"
    );
}
