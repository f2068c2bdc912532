//! The catalogs are complete and the interface uses nothing else.
//!
//! - Every language has exactly the messages English has, with the same arguments, and every
//!   message words itself in every language (plural forms included) without a Fluent error.
//! - Every message id the code names exists, and every message in the catalogs is used.
//! - No view holds words of its own: text in `view!` markup and people-facing attributes
//!   (`aria-label`, `title`, `placeholder`, `alt`) comes from the catalogs, and no string literal
//!   in the app reads like an English sentence.

use fluent_syntax::ast;
use safar_i18n::{Arg, Catalog, Language, Locale, Message, SOURCES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A message's variables, by message id, for one catalog file.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for variant in variants {
                variables_of_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_of_inline(inline, out),
    }
}

fn variables_of_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

fn shape(language: Language, file: &str, text: &str) -> Shape {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{language:?} {file} does not parse: {errors:?}"));
    let mut shape = Shape::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                assert!(message.attributes.is_empty(), "{file}: {} uses attributes; give each text its own message", message.id.name);
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_of_pattern(value, &mut variables);
                }
                let previous = shape.insert(message.id.name.to_owned(), variables);
                assert!(previous.is_none(), "{language:?} {file}: {} twice", message.id.name);
            }
            ast::Entry::Junk { content } => panic!("{language:?} {file}: cannot read {content:?}"),
            _ => {}
        }
    }
    shape
}

fn shapes(language: Language) -> BTreeMap<&'static str, Shape> {
    SOURCES.iter().filter(|(l, ..)| *l == language).map(|(l, file, text)| (*file, shape(*l, file, text))).collect()
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = shapes(Language::English);
    let mut ids = BTreeSet::new();
    for shape in english.values() {
        for id in shape.keys() {
            assert!(ids.insert(id.clone()), "{id} is in two English files");
        }
    }
    for language in [Language::Persian, Language::Arabic] {
        let other = shapes(language);
        for (file, shape) in &english {
            let theirs = &other[file];
            let missing: Vec<_> = shape.keys().filter(|id| !theirs.contains_key(*id)).collect();
            let extra: Vec<_> = theirs.keys().filter(|id| !shape.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{language:?} {file} lacks {missing:?}");
            assert!(extra.is_empty(), "{language:?} {file} has messages English lacks: {extra:?}");
            for (id, variables) in shape {
                assert_eq!(&theirs[id], variables, "{language:?} {file}: {id} takes other arguments than English");
            }
        }
    }
}

#[test]
fn every_message_words_itself_in_every_language_and_number() {
    let english = shapes(Language::English);
    let locales = [
        Locale::ENGLISH,
        Locale::PERSIAN,
        Locale::ARABIC,
        Locale::ARABIC.with_digits(safar_i18n::Digits::Latin),
    ];
    for locale in locales {
        let catalog = Catalog::new(locale);
        for shape in english.values() {
            for (id, variables) in shape {
                // Each number exercises a different plural form somewhere (Arabic has six).
                for n in [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 2.5] {
                    let id: &'static str = Box::leak(id.clone().into_boxed_str());
                    let mut message = Message::new(id);
                    for variable in variables {
                        let name: &'static str = Box::leak(variable.clone().into_boxed_str());
                        message = message.arg(name, Arg::Number(n));
                    }
                    let problems = catalog.problems(&message);
                    assert!(problems.is_empty(), "{locale:?} {id} with {n}: {problems:?}");
                    let text = catalog.format(&message);
                    assert!(!text.trim().is_empty(), "{locale:?} {id} is empty");
                    assert!(!text.contains('{'), "{locale:?} {id} left a placeable: {text}");
                }
            }
        }
    }
}

#[test]
fn numbers_take_the_locale_digits_and_plural_forms() {
    let count = |locale: Locale, n: usize| Catalog::new(locale).format(&Message::new("load-invalid").arg("count", n));
    assert_eq!(count(Locale::ENGLISH, 1), "The file breaks the format’s rules in one place.");
    assert_eq!(count(Locale::ENGLISH, 3), "The file breaks the format’s rules in 3 places.");
    assert!(count(Locale::PERSIAN, 12).contains("۱۲"), "{}", count(Locale::PERSIAN, 12));
    assert!(count(Locale::ARABIC, 2).contains("موضعين"), "{}", count(Locale::ARABIC, 2));
    assert!(count(Locale::ARABIC, 5).contains("٥ مواضع"), "{}", count(Locale::ARABIC, 5));
    assert!(count(Locale::ARABIC, 11).contains("١١ موضعًا"), "{}", count(Locale::ARABIC, 11));
    let latin = Locale::ARABIC.with_digits(safar_i18n::Digits::Latin);
    assert!(count(latin, 11).contains("11 موضعًا"), "{}", count(latin, 11));
}

#[test]
fn code_inside_a_right_to_left_sentence_keeps_its_order() {
    let message = Message::new("load-not-a-map").arg("format", "safar-journey-map");
    for locale in [Locale::PERSIAN, Locale::ARABIC] {
        let text = Catalog::new(locale).format(&message);
        assert!(text.contains("\u{2066}\"format\": \"safar-journey-map\"\u{2069}"), "{locale:?}: {text}");
    }
}

#[test]
fn every_label_of_the_viewer_is_in_the_catalogs() {
    use safar_core::{Channel, EvidenceSource, Priority, Resource, Severity};
    use safar_i18n::viewer;
    let mut ids: Vec<&str> = viewer::Label::ALL.iter().map(|l| l.id()).collect();
    ids.extend(Severity::ALL.iter().map(|s| viewer::severity(*s)));
    ids.extend(Priority::ALL.iter().map(|p| viewer::priority(*p)));
    ids.extend(EvidenceSource::ALL.iter().map(|s| viewer::evidence_source(*s)));
    ids.extend(Resource::ALL.iter().map(|r| viewer::resource(*r)));
    ids.extend(Channel::VOCABULARY.iter().filter_map(viewer::channel));
    for locale in [Locale::ENGLISH, Locale::PERSIAN, Locale::ARABIC] {
        let catalog = Catalog::new(locale);
        for id in &ids {
            assert!(catalog.has(id), "{locale:?} lacks {id}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The sources.

/// A string literal in Rust source, with what comes before it.
#[derive(Debug)]
struct Literal {
    file: String,
    line: usize,
    text: String,
    /// The code before the literal, comments and other literals blanked.
    before: String,
    /// Whether it sits in `view!` markup rather than in a Rust expression inside it.
    in_markup: bool,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
}

/// Splits Rust source into string literals, skipping comments and char literals. Good enough
/// for this codebase's sources, which rustfmt keeps tidy.
fn literals(file: &str, source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let (mut i, mut line) = (0, 1);
    let mut code = String::new();
    let mut depth = 0usize;
    let mut views: Vec<usize> = Vec::new();
    let mut pending_view = false;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
        }
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        // Raw strings: r"…" and r#"…"#.
        if c == 'r' && (next == Some('"') || next == Some('#')) && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_') {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                let start = j + 1;
                let mut k = start;
                loop {
                    if k >= chars.len() {
                        break;
                    }
                    if chars[k] == '"' && (0..hashes).all(|h| chars.get(k + 1 + h) == Some(&'#')) {
                        break;
                    }
                    k += 1;
                }
                let text: String = chars[start..k.min(chars.len())].iter().collect();
                line += text.matches('\n').count();
                out.push(Literal { file: file.to_owned(), line, text, before: code.clone(), in_markup: in_markup(&views, depth) });
                code.push_str("\"\"");
                i = k + 1 + hashes;
                continue;
            }
        }
        if c == '"' {
            let mut text = String::new();
            let mut k = i + 1;
            while k < chars.len() && chars[k] != '"' {
                if chars[k] == '\\' {
                    k += 1;
                    match chars.get(k) {
                        Some('n') => text.push('\n'),
                        Some('\n') => {
                            line += 1;
                            k += 1;
                            while chars.get(k).is_some_and(|c| c.is_whitespace()) {
                                k += 1;
                            }
                            continue;
                        }
                        Some(other) => text.push(*other),
                        None => {}
                    }
                } else {
                    if chars[k] == '\n' {
                        line += 1;
                    }
                    text.push(chars[k]);
                }
                k += 1;
            }
            out.push(Literal { file: file.to_owned(), line, text, before: code.clone(), in_markup: in_markup(&views, depth) });
            code.push_str("\"\"");
            i = k + 1;
            continue;
        }
        // Char literals ('x', '\n', '"'), not lifetimes ('a).
        if c == '\'' {
            if next == Some('\\') {
                let mut k = i + 2;
                while k < chars.len() && chars[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
                code.push_str("' '");
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                code.push_str("' '");
                continue;
            }
        }
        if c == '{' {
            if pending_view {
                views.push(depth);
                pending_view = false;
            }
            depth += 1;
        } else if c == '}' {
            depth = depth.saturating_sub(1);
            if views.last() == Some(&depth) {
                views.pop();
            }
        } else if !c.is_whitespace() && pending_view && c != '!' {
            pending_view = false;
        }
        code.push(c);
        if code.ends_with("view!") && !code[..code.len() - 5].ends_with(|p: char| p.is_alphanumeric() || p == '_') {
            pending_view = true;
        }
        i += 1;
    }
    out
}

fn in_markup(views: &[usize], depth: usize) -> bool {
    views.last().is_some_and(|start| depth == start + 1)
}

fn is_id(text: &str) -> bool {
    let mut parts = text.split('-');
    parts.next().is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
        && text.contains('-')
        && parts.all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// Whether the literal is where a message id goes: `t!(i18n, "…"`, `msg!("…"`,
/// `Message::new("…"`, `MessageId("…"`, `.text("…"`, `labelled("…"`.
fn names_a_message(literal: &Literal) -> bool {
    let before = literal.before.trim_end();
    if ["msg!(", "Message::new(", "MessageId(", ".text(", "labelled("].iter().any(|call| before.ends_with(call)) {
        return true;
    }
    // `t!(i18n, ` with any simple expression for the context.
    before.ends_with(',')
        && before.rfind("t!(").is_some_and(|at| {
            let between = &before[at + 3..before.len() - 1];
            !between.contains([';', '{', '}', '"']) && !before[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The folders of code that show words, and the areas of the catalogs (`SOURCES`, cargo
/// features of this crate) each one's words are in. Every build that links a crate embeds at
/// least its areas: the app (src/) view, edit and app; the widget's `view` build view, its
/// `edit` build view and edit; the publisher view, site and cli.
const CODE: &[(&str, &[&str])] = &[
    ("src", &["view", "edit", "app"]),
    ("crates/safar-view/src", &["view"]),
    ("crates/safar-store/src", &["view"]),
    ("crates/safar-editor/src", &["view", "edit"]),
    ("crates/safar-widget/src", &["view"]),
    ("crates/safar-cli/src", &["view", "site", "cli", "picture"]),
    ("crates/safar-picture/src", &["view", "picture"]),
    ("crates/safar-i18n/src", &["view"]),
];

/// The area of each catalog file, as `SOURCES` embeds it.
fn area_of(file: &str) -> &'static str {
    match file {
        "app.ftl" | "library.ftl" | "embed.ftl" => "app",
        "editor.ftl" => "edit",
        "viewer.ftl" | "errors.ftl" | "widget.ftl" | "share.ftl" => "view",
        "site.ftl" => "site",
        "cli.ftl" => "cli",
        "picture.ftl" => "picture",
        other => panic!("{other} belongs to no area"),
    }
}

fn source_literals() -> Vec<Literal> {
    let mut files = Vec::new();
    for (dir, _) in CODE {
        rust_files(&workspace().join(dir), &mut files);
    }
    files
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).expect("a readable source file");
            let name = path.strip_prefix(workspace()).unwrap_or(path).display().to_string();
            literals(&name, &text)
        })
        .collect()
}

fn english_ids() -> BTreeSet<String> {
    shapes(Language::English).into_values().flat_map(|shape| shape.into_keys()).collect()
}

#[test]
fn every_message_the_code_names_is_in_the_catalogs_and_every_message_is_used() {
    let ids = english_ids();
    let literals = source_literals();
    let missing: Vec<String> = literals
        .iter()
        .filter(|l| names_a_message(l) && !ids.contains(&l.text))
        .map(|l| format!("{}:{} \"{}\"", l.file, l.line, l.text))
        .collect();
    assert!(missing.is_empty(), "the code names messages no catalog has:\n{}", missing.join("\n"));
    let used: BTreeSet<&str> = literals.iter().filter(|l| is_id(&l.text)).map(|l| l.text.as_str()).collect();
    let unused: Vec<&String> = ids.iter().filter(|id| !used.contains(id.as_str())).collect();
    assert!(unused.is_empty(), "messages no code uses (remove them or use them): {unused:?}");
}

#[test]
fn each_crate_names_only_messages_of_the_areas_its_builds_embed() {
    let in_area: BTreeMap<String, &str> =
        shapes(Language::English).into_iter().flat_map(|(file, shape)| shape.into_keys().map(move |id| (id, area_of(file)))).collect();
    let mut wrong = Vec::new();
    for literal in source_literals().iter().filter(|l| names_a_message(l)) {
        let Some((dir, areas)) = CODE.iter().find(|(dir, _)| literal.file.starts_with(&format!("{dir}/"))) else { continue };
        if let Some(area) = in_area.get(&literal.text).filter(|area| !areas.contains(area)) {
            wrong.push(format!("{}:{} \"{}\" is in the {area} area, which builds of {dir} do not embed", literal.file, literal.line, literal.text));
        }
    }
    assert!(wrong.is_empty(), "messages out of their crate's areas:\n{}", wrong.join("\n"));
}

/// Literals that may stay as they are, with why.
const ALLOWED: &[(&str, &str)] = &[
    // A key's name on the keyboard, in `<kbd>`: the same in every language.
    ("crates/safar-editor/src/", "Esc"),
    // A CSS selector.
    ("crates/safar-editor/src/focus.rs", "[data-cell=\"{}\"] :is(input, textarea, select, button)"),
    // Messages for developers, when an invariant breaks.
    ("crates/safar-editor/src/state.rs", "maybe_update runs its closure"),
    ("src/app.rs", "the bundled examples are valid"),
    ("crates/safar-store/src/shared_library.rs", "the library lives as long as the app"),
    ("crates/safar-widget/src/widget.rs", "mounting builds the view at once"),
    // The brand's mark beside “Safar” in the English app bar, marked lang="fa".
    ("src/app.rs", "سفر"),
];

fn allowed(literal: &Literal) -> bool {
    ALLOWED.iter().any(|(file, text)| literal.file.starts_with(file) && literal.text == *text)
}

/// People-facing attributes, whose values must come from the catalogs.
const WORDED_ATTRIBUTES: &[&str] = &["aria-label", "title", "placeholder", "alt", "aria-description", "aria-roledescription", "aria-valuetext"];

#[test]
fn views_take_their_words_from_the_catalogs() {
    let mut found = Vec::new();
    // The code of the browser's screens: the app, the viewer, the store, the editor, the widget.
    let screens = ["src/", "crates/safar-view/", "crates/safar-store/", "crates/safar-editor/", "crates/safar-widget/"];
    for literal in source_literals().iter().filter(|l| screens.iter().any(|dir| l.file.starts_with(dir)) && !allowed(l)) {
        let has_letters = literal.text.chars().any(char::is_alphabetic);
        let before = literal.before.trim_end();
        let attribute = before.strip_suffix('=').map(|b| {
            let name: String = b.chars().rev().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == ':').collect();
            name.chars().rev().collect::<String>()
        });
        // A text node follows a tag, a block or another text: `<p>"…"`, `{x} "…"`, `"a" "b"`.
        let text_node = literal.in_markup && attribute.is_none() && before.ends_with(['>', '}', '"']);
        let worded_attribute = literal.in_markup && attribute.as_deref().is_some_and(|a| WORDED_ATTRIBUTES.contains(&a));
        if has_letters && (text_node || worded_attribute) {
            found.push(format!("{}:{} view text \"{}\"", literal.file, literal.line, literal.text));
        } else if attribute.as_deref() != Some("class") && reads_like_english(&literal.text) {
            found.push(format!("{}:{} English \"{}\"", literal.file, literal.line, literal.text));
        }
    }
    assert!(found.is_empty(), "text outside the catalogs (move it to crates/safar-i18n/locales):\n{}", found.join("\n"));
}

/// English words in a row, as a sentence or a label has: two with a capital or a full stop
/// ("Restore it", "Not saved."), or three. Class lists ("button small") and ids are not words.
fn reads_like_english(text: &str) -> bool {
    let (mut run, mut capital, mut punctuated) = (0, false, false);
    for token in text.split_whitespace() {
        let word = token.trim_end_matches(['.', ',', ':', ';', '!', '?', '…']).trim_start_matches(['(', '“', '"']);
        let is_word = (word.len() >= 2 || matches!(word, "a" | "A" | "I")) && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') && (word.len() == 1 || word.chars().any(|c| c.is_ascii_lowercase()));
        if !is_word {
            (run, capital, punctuated) = (0, false, false);
            continue;
        }
        run += 1;
        capital |= word.starts_with(|c: char| c.is_ascii_uppercase());
        punctuated |= word.len() != token.len();
        if run >= 3 || (run >= 2 && (capital || punctuated)) {
            return true;
        }
    }
    false
}

#[test]
fn the_source_scanner_sees_what_it_must() {
    let source = r##"
        fn demo() -> impl IntoView {
            let label = "not in a view";
            view! {
                <p class="hint" aria-label=t!(i18n, "app-language")>"Hello"</p>
                {move || if x { "inside code" } else { "" }}
                <b title="Tip">{t!(i18n, "app-digits", count = 2)}</b>
            }
        }
    "##;
    let found = literals("demo.rs", source);
    let by_text = |t: &str| found.iter().find(|l| l.text == t).unwrap_or_else(|| panic!("{t} not found"));
    assert!(!by_text("not in a view").in_markup);
    assert!(by_text("Hello").in_markup);
    assert!(by_text("Tip").in_markup);
    assert!(!by_text("inside code").in_markup);
    assert!(names_a_message(by_text("app-language")));
    assert!(names_a_message(by_text("app-digits")));
    assert!(!names_a_message(by_text("hint")));
    assert!(reads_like_english("not in a view"));
    assert!(reads_like_english("Back to your library"));
    assert!(!reads_like_english("application/x-safar-card"));
    assert!(!reads_like_english("lane lane-text"));
    assert!(!reads_like_english("Hello"));
    assert!(is_id("viewer-goal") && !is_id("Goal") && !is_id("goal") && !is_id("a--b"));
}
