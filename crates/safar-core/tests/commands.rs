//! Commands and history: any sequence of edits keeps the map valid, undoing them all gives the
//! original back byte for byte, and redoing them gives the edited map back.

use proptest::prelude::*;
use safar_core::card::{Emotion, Note, PainPoint};
use safar_core::command::{card_position, cell_ref};
use safar_core::examples::EXAMPLES;
use safar_core::validate::validate;
use safar_core::{
    Burst, Card, CellRef, Command, CommandError, Document, History, Id, Lane, LaneKind, Meta, Persona, Severity, Stage, Step,
};

fn example(n: usize) -> Document {
    Document::from_file(EXAMPLES[n].load().unwrap()).unwrap()
}

/// The time every change in these tests is made at.
const AT: &str = "2026-12-02T10:00:00Z";

/// The document's content, without the time it was last changed (every change sets it; see
/// `every_change_sets_the_time`).
fn json(doc: &Document) -> String {
    let mut doc = doc.clone();
    doc.journey.updated.clear();
    doc.to_file().to_json()
}

/// An edit, as numbers and text that `resolve` turns into a command for the document at hand.
#[derive(Clone, Debug)]
struct Op {
    kind: u8,
    a: usize,
    b: usize,
    c: usize,
    text: String,
    score: i8,
}

fn op() -> impl Strategy<Value = Op> {
    (0u8..22, any::<usize>(), any::<usize>(), any::<usize>(), "[a-z\u{0627}-\u{064A} <>]{1,12}", -3i8..6)
        .prop_map(|(kind, a, b, c, text, score)| Op { kind, a, b, c, text, score })
}

fn pick<T>(items: &[T], n: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[n % items.len()])
}

fn all_cards(doc: &Document) -> Vec<Card> {
    doc.journey.cells.iter().flat_map(|c| c.cards.clone()).collect()
}

fn all_steps(doc: &Document) -> Vec<Step> {
    doc.journey.stages.iter().flat_map(|s| s.steps.clone()).collect()
}

/// A place a card of `lane` could go: one of the lane's slots in the layout.
fn slot(doc: &Document, lane: &Lane, n: usize) -> Option<CellRef> {
    let slots = safar_core::layout::lane_slots(&doc.journey, lane);
    pick(&slots, n).map(|s| CellRef { lane: lane.id.clone(), stage: s.stage.id.clone(), step: s.step.clone() })
}

fn new_card(kind: LaneKind, id: Id, text: String, score: i8) -> Card {
    match kind.card_kind() {
        safar_core::CardKind::Emotion => Card::Emotion(Emotion { id, score, text }),
        safar_core::CardKind::PainPoint => Card::PainPoint(PainPoint { id, text, severity: Severity::High }),
        _ => Card::Note(Note { id, text }),
    }
}

fn resolve(doc: &Document, op: &Op, serial: usize) -> Option<Command> {
    let j = &doc.journey;
    let fresh = Id::new(format!("new-{serial}"));
    Some(match op.kind {
        0 => {
            let mut meta = Meta::of(j);
            meta.title = op.text.clone();
            Command::SetMeta(meta)
        }
        1 => Command::InsertStage {
            index: op.a % (j.stages.len() + 1),
            stage: Stage::new(fresh, op.text.clone()),
            cells: vec![],
        },
        2 => Command::RemoveStage { id: pick(&j.stages, op.a)?.id.clone() },
        3 => Command::MoveStage { id: pick(&j.stages, op.a)?.id.clone(), index: op.b % j.stages.len() },
        4 => Command::UpdateStage { id: pick(&j.stages, op.a)?.id.clone(), name: op.text.clone(), description: op.text.clone() },
        5 => {
            let stage = pick(&j.stages, op.a)?;
            Command::InsertStep {
                stage: stage.id.clone(),
                index: op.b % (stage.steps.len() + 1),
                step: Step { moment_of_truth: op.c % 2 == 0, ..Step::new(fresh, op.text.clone()) },
                cells: vec![],
            }
        }
        6 => Command::RemoveStep { id: pick(&all_steps(doc), op.a)?.id.clone() },
        7 => {
            let step = pick(&all_steps(doc), op.a)?.clone();
            Command::MoveStep { id: step.id, index: op.b % 3 }
        }
        8 => {
            let mut step = pick(&all_steps(doc), op.a)?.clone();
            step.breaking_point = !step.breaking_point;
            step.name = op.text.clone();
            Command::UpdateStep(step)
        }
        9 => Command::InsertLane {
            index: op.a % (j.lanes.len() + 1),
            lane: Lane { id: fresh, name: op.text.clone(), kind: LaneKind::ALL[op.b % LaneKind::ALL.len()], hidden: false },
            cells: vec![],
        },
        10 => Command::RemoveLane { id: pick(&j.lanes, op.a)?.id.clone() },
        11 => Command::MoveLane { id: pick(&j.lanes, op.a)?.id.clone(), index: op.b % j.lanes.len() },
        12 => {
            let mut lane = pick(&j.lanes, op.a)?.clone();
            lane.hidden = !lane.hidden;
            lane.kind = LaneKind::ALL[op.b % LaneKind::ALL.len()];
            Command::UpdateLane(lane)
        }
        13 | 14 => {
            let lane = pick(&j.lanes, op.a)?.clone();
            let at = slot(doc, &lane, op.b)?;
            let len = j.cell(&at.lane, &at.stage, at.step.as_ref()).map_or(0, |c| c.cards.len());
            Command::InsertCard { at, index: op.c % (len + 1), card: new_card(lane.kind, fresh, op.text.clone(), op.score) }
        }
        15 => Command::RemoveCard { id: pick(&all_cards(doc), op.a)?.id().clone() },
        16 => {
            let card = pick(&all_cards(doc), op.a)?.clone();
            let (c, _) = card_position(j, card.id()).ok()?;
            let lane = j.lane(&j.cells[c].lane)?.clone();
            let to = slot(doc, &lane, op.b)?;
            Command::MoveCard { id: card.id().clone(), to, index: op.c % 2 }
        }
        17 => {
            let card = pick(&all_cards(doc), op.a)?.clone();
            let (c, _) = card_position(j, card.id()).ok()?;
            let at = cell_ref(&j.cells[c]);
            let kind = j.lane(&at.lane)?.kind;
            Command::UpdateCard(new_card(kind, card.id().clone(), op.text.clone(), op.score))
        }
        18 => Command::InsertPersona {
            index: op.a % (doc.personas.len() + 1),
            persona: Persona::new(fresh, op.text.clone()),
            attached: (op.b % 2 == 0).then_some(0),
        },
        19 => Command::RemovePersona { id: pick(&doc.personas, op.a)?.id.clone() },
        20 => Command::AttachPersona { id: pick(&doc.personas, op.a)?.id.clone(), index: 0 },
        _ => Command::DetachPersona { id: pick(&j.personas, op.a)?.clone() },
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn undo_restores_and_redo_replays(base in 0usize..3, ops in proptest::collection::vec(op(), 1..40)) {
        let mut doc = example(base);
        let original = json(&doc);
        let mut history = History::new();
        let mut applied = 0;
        for (serial, op) in ops.iter().enumerate() {
            let Some(command) = resolve(&doc, op, serial) else { continue };
            let before = doc.clone();
            match history.execute(&mut doc, command, Burst::Alone, AT) {
                Ok(()) => {
                    applied += 1;
                    let problems = validate(&doc.to_file());
                    prop_assert!(problems.is_empty(), "{:?} left problems: {:?}", op, problems);
                }
                Err(_) => prop_assert_eq!(&doc, &before, "a refused command changed the map"),
            }
        }
        let edited = json(&doc);
        let mut undone = 0;
        while history.undo(&mut doc, AT).unwrap() {
            undone += 1;
        }
        prop_assert_eq!(undone, applied);
        prop_assert_eq!(json(&doc), original);
        while history.redo(&mut doc, AT).unwrap() {}
        prop_assert_eq!(json(&doc), edited);
    }
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut doc = example(0);
    let original = json(&doc);
    let card = all_cards(&doc).into_iter().find(|c| matches!(c, Card::Note(_))).unwrap();
    let mut history = History::new();
    for text in ["H", "He", "Hel", "Hell", "Hello"] {
        let edit = Card::Note(Note { id: card.id().clone(), text: text.into() });
        history.execute(&mut doc, Command::UpdateCard(edit), Burst::Typing, AT).unwrap();
    }
    // A new burst in the same field after the field was left is a step of its own.
    history.seal();
    history
        .execute(&mut doc, Command::UpdateCard(Card::Note(Note { id: card.id().clone(), text: "Hello!".into() })), Burst::Typing, AT)
        .unwrap();
    assert!(history.undo(&mut doc, AT).unwrap());
    assert_eq!(all_cards(&doc).iter().find(|c| c.id() == card.id()).unwrap().text(), "Hello");
    assert!(history.undo(&mut doc, AT).unwrap());
    assert_eq!(json(&doc), original);
    assert!(!history.undo(&mut doc, AT).unwrap());
}

#[test]
fn a_different_field_starts_a_new_step() {
    let mut doc = example(0);
    let stage = doc.journey.stages[0].clone();
    let mut history = History::new();
    let rename = |name: &str| Command::UpdateStage { id: stage.id.clone(), name: name.into(), description: stage.description.clone() };
    history.execute(&mut doc, rename("A"), Burst::Typing, AT).unwrap();
    let mut meta = Meta::of(&doc.journey);
    meta.title = "T".into();
    history.execute(&mut doc, Command::SetMeta(meta), Burst::Typing, AT).unwrap();
    history.execute(&mut doc, rename("AB"), Burst::Typing, AT).unwrap();
    let mut steps = 0;
    while history.undo(&mut doc, AT).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, 3);
}

#[test]
fn refused_commands_say_why() {
    let mut doc = example(0);
    let lane = doc.journey.lanes.iter().find(|l| l.kind == LaneKind::Emotions).unwrap().clone();
    let at = slot(&doc, &lane, 0).unwrap();
    let off_scale = Card::Emotion(Emotion { id: "e-new".into(), score: 9, text: String::new() });
    assert_eq!(
        Command::InsertCard { at: at.clone(), index: 0, card: off_scale }.apply(&mut doc),
        Err(CommandError::ScoreOutsideScale)
    );
    let note = Card::Note(Note { id: "n-new".into(), text: "x".into() });
    assert_eq!(Command::InsertCard { at, index: 0, card: note }.apply(&mut doc), Err(CommandError::WrongCardKind));
    assert_eq!(Command::RemoveStage { id: "nope".into() }.apply(&mut doc), Err(CommandError::Unknown("nope".into())));
    let mut changed = lane.clone();
    changed.kind = LaneKind::Actions;
    assert_eq!(Command::UpdateLane(changed).apply(&mut doc), Err(CommandError::LaneNotEmpty));
    let mut meta = Meta::of(&doc.journey);
    meta.emotion_scale = safar_core::EmotionScale { min: 1, max: 5 };
    assert_eq!(Command::SetMeta(meta).apply(&mut doc), Err(CommandError::ScoreOutsideScale));
}

#[test]
fn removing_a_stage_takes_its_cards_and_undo_gives_them_back() {
    let mut doc = example(1);
    let original = json(&doc);
    let stage = doc.journey.stages[1].id.clone();
    let cards_before = all_cards(&doc).len();
    let mut history = History::new();
    history.execute(&mut doc, Command::RemoveStage { id: stage.clone() }, Burst::Alone, AT).unwrap();
    assert!(doc.journey.cells.iter().all(|c| c.stage != stage));
    assert!(all_cards(&doc).len() < cards_before);
    history.undo(&mut doc, AT).unwrap();
    assert_eq!(json(&doc), original);
}

#[test]
fn restoring_a_snapshot_is_one_undoable_step() {
    let mut doc = Document::from_file(EXAMPLES[0].load().unwrap()).unwrap();
    let snapshot = doc.clone();
    let mut history = History::new();
    let mut meta = Meta::of(&doc.journey);
    meta.title = "Edited after the snapshot".into();
    history.execute(&mut doc, Command::SetMeta(meta), Burst::Alone, AT).unwrap();
    let edited = doc.clone();
    history.execute(&mut doc, Command::Replace(Box::new(snapshot.clone())), Burst::Alone, AT).unwrap();
    assert_eq!(json(&doc), json(&snapshot));
    assert!(history.undo(&mut doc, AT).unwrap());
    assert_eq!(json(&doc), json(&edited), "undo brings back the map as it was before the restore");
    assert!(history.redo(&mut doc, AT).unwrap());
    assert_eq!(json(&doc), json(&snapshot));

    let mut other = Document::from_file(EXAMPLES[1].load().unwrap()).unwrap();
    other.journey.personas.clear();
    assert_eq!(
        Command::Replace(Box::new(other.clone())).apply(&mut doc),
        Err(CommandError::Unknown(other.journey.id.clone())),
        "a snapshot of another map is refused"
    );
}

#[test]
fn every_change_sets_the_time() {
    let mut doc = example(0);
    let mut history = History::new();
    let mut meta = Meta::of(&doc.journey);
    meta.title = "New".into();
    history.execute(&mut doc, Command::SetMeta(meta.clone()), Burst::Typing, "2026-01-01T00:00:00Z").unwrap();
    assert_eq!(doc.journey.updated, "2026-01-01T00:00:00Z");
    history.undo(&mut doc, "2026-01-02T00:00:00Z").unwrap();
    assert_eq!(doc.journey.updated, "2026-01-02T00:00:00Z", "undo is a change too");
    history.redo(&mut doc, "2026-01-03T00:00:00Z").unwrap();
    assert_eq!(doc.journey.updated, "2026-01-03T00:00:00Z");
    meta.emotion_scale.max = meta.emotion_scale.min;
    let refused = history.execute(&mut doc, Command::SetMeta(meta), Burst::Alone, "2026-01-04T00:00:00Z");
    assert!(refused.is_err());
    assert_eq!(doc.journey.updated, "2026-01-03T00:00:00Z", "a refused change changes nothing");
}

#[test]
fn a_change_of_its_own_is_never_joined_by_typing_in_the_same_thing() {
    let mut doc = example(0);
    let lane = doc.journey.lanes[0].clone();
    let mut history = History::new();
    let mut hidden = lane.clone();
    hidden.hidden = !lane.hidden;
    history.execute(&mut doc, Command::UpdateLane(hidden.clone()), Burst::Alone, AT).unwrap();
    let mut shown = hidden.clone();
    shown.hidden = lane.hidden;
    history.execute(&mut doc, Command::UpdateLane(shown.clone()), Burst::Alone, AT).unwrap();
    let mut renamed = shown.clone();
    renamed.name = "R".into();
    history.execute(&mut doc, Command::UpdateLane(renamed.clone()), Burst::Typing, AT).unwrap();
    renamed.name = "Ro".into();
    history.execute(&mut doc, Command::UpdateLane(renamed), Burst::Typing, AT).unwrap();
    let mut steps = 0;
    while history.undo(&mut doc, AT).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, 3, "two clicks and one burst of typing");
    assert_eq!(doc.journey.lanes[0], lane);
}

#[test]
fn typing_coalesces_by_what_the_command_edits() {
    let doc = example(0);
    let stage = &doc.journey.stages[0];
    let card = all_cards(&doc)[0].clone();
    assert_eq!(Command::UpdateCard(card.clone()).coalesce_key(), Some(safar_core::CoalesceKey::Card(card.id().clone())));
    assert_eq!(
        Command::UpdateStage { id: stage.id.clone(), name: "x".into(), description: String::new() }.coalesce_key(),
        Some(safar_core::CoalesceKey::Stage(stage.id.clone()))
    );
    assert_eq!(Command::RemoveCard { id: card.id().clone() }.coalesce_key(), None, "removing is never typing");
}
