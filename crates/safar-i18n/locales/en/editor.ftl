## The editor: the toolbar and its save status, editing cells, cards, stages, steps and lanes in
## place, the dialogs (map details, lanes, personas, versions and reviews, conflicts, keyboard
## shortcuts), and what the editor announces to screen readers.

## Toolbar

editor-toolbar = Map editing
editor-undo = Undo
editor-redo = Redo
editor-add-stage = Add stage
editor-add-lane = Add lane
editor-lanes = Lanes
editor-map-details = Map details
editor-personas = Personas
editor-versions = Versions
editor-new-map = New map
editor-shortcuts = Shortcuts
editor-choose-what-to-keep = Choose what to keep
editor-export-this-map = Export this map

## Save status ($reason is a whole sentence from the error messages)

editor-status-in-memory = Kept in this tab only: this browser does not let Safar store maps, so closing or reloading the tab loses them. Export to keep this one.
editor-status-saved = All changes saved in this browser
editor-status-saving = Saving…
editor-status-full = Not saved: the browser's storage for this site is full. Your changes are kept in this tab. Export the map to keep it safe, or make room in the library (empty the trash, delete old maps or snapshots); saving resumes by itself.
editor-status-failed = Not saved: { $reason } Your changes are kept in this tab; export the map to keep them.
editor-status-conflict = Not saved: this map was changed in another tab too.
editor-status-refused = Not saved: { $reason }
editor-storage-nearly-full = Storage is nearly full: less than 1 MB of this site's browser storage is free. Export this map to keep it safe, and make room in the library (empty the trash, delete maps or snapshots you no longer need); saving stops when it is full.
editor-leave-unsaved = This map's latest changes could not be saved (the toolbar says why). Leave anyway and lose them?
editor-unsaved-changes = Changes to this map are not saved yet.
editor-changed-elsewhere = This map was changed in another tab; you now see that version.
editor-recovered = { $count ->
    [one] One change that a closed tab had not saved yet was brought back.
   *[other] { $count } changes that a closed tab had not saved yet were brought back.
}
editor-recovery-failed = Changes that a closed tab had not saved no longer fit this map; they are kept aside in the library, under damaged entries, for download.
editor-snapshot-other-tab = The other tab’s version, replaced by keeping mine

## Notices at the bottom of the screen, and announcements

editor-notice = Notice
editor-dismiss = Dismiss
editor-new-map-unsaved = No new map was started: this map's changes are not saved yet (see the status in the toolbar).
editor-new-map-failed = The new map was not created: { $reason }
editor-export-failed = The map was not exported: { $reason }
editor-not-changed = Not changed: { $reason }
editor-undone = Undone.
editor-redone = Redone.
editor-nothing-to-undo = Nothing to undo.
editor-nothing-to-redo = Nothing to redo.
editor-undo-failed = Could not undo: { $reason }
editor-redo-failed = Could not redo: { $reason }
# $done is what was just deleted, a whole sentence.
editor-announce-undoable = { $done } Press Control+Z to undo.

## Editing in place: shared controls

editor-done = Done
editor-cancel = Cancel
editor-description = Description
editor-channel = Channel
editor-department = Department
editor-move-up = Move up
editor-move-down = Move down
editor-move-earlier = Move earlier
editor-move-later = Move later

## Stages

editor-edit-stage = Edit stage
editor-stage-name = Stage name
editor-add-step = Add step
editor-add-stage-after = Add stage after
editor-delete-stage = Delete stage
editor-stage-added = Stage added.
editor-stage-added-at-end = Stage added at the end of the map.
editor-stage-moved = Stage moved.
editor-stage-moved-to = Stage moved to position { $position } of { $count }.
editor-stage-deleted = Stage “{ $name }” deleted.
editor-stage-deleted-with-cards = Stage “{ $name }” deleted with { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}.

## Steps

editor-edit-step = Edit step
editor-step-name = Step name
editor-moment-of-truth = Moment of truth
editor-breaking-point = Breaking point
editor-delete-step = Delete step
editor-step-added = Step added.
editor-step-moved-to = Step moved to position { $position } of { $count }.
editor-step-deleted = Step “{ $name }” deleted.
editor-step-deleted-with-cards = Step “{ $name }” deleted with { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}.

## Lanes

editor-edit-lane = Edit lane
editor-lane-name = Lane name
# $kind is the kind of lane, as the map file names it: text, actions, pain-points…
editor-lane-holds = Holds { $kind } cards
editor-hide-lane = Hide lane
editor-delete-lane = Delete lane
editor-lane-moved = Lane moved.
editor-lane-moved-to = Lane moved to position { $position } of { $count }.
editor-lane-hidden = Lane “{ $name }” hidden.
editor-lane-hidden-how-to-show = Lane “{ $name }” hidden. Show it again from Lanes in the toolbar.
editor-lane-shown = Lane “{ $name }” shown.
editor-lane-deleted = Lane “{ $name }” deleted.
editor-lane-deleted-with-cards = Lane “{ $name }” deleted with { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}.
editor-lane-added-at-bottom = Lane added at the bottom of the map.

## Cells and cards

# $place is a cell, as editor-cell-place words it.
editor-cards-in = Cards in { $place }
editor-cell-place = { $lane }, { $stage }
editor-cell-place-step = { $lane }, { $stage } · { $step }
editor-add-card = Add card
editor-card-position = Card { $position } of { $count }
editor-card-added = Card added.
editor-card-moved = Card moved.
editor-card-moved-to-position = Card moved to position { $position } of { $count }.
editor-card-moved-to-place = Card moved to { $place }.
editor-card-deleted = Card deleted.
editor-move-card-up = Move card up
editor-move-card-down = Move card down
editor-move-card-earlier = Move card to the previous column
editor-move-card-later = Move card to the next column
editor-delete-card = Delete card

editor-card-text = Text
editor-card-score = Score
editor-card-feeling = Feeling
editor-card-touchpoint = Touchpoint
editor-channel-other = Other…
# The name a team's own channel starts with, in the map's language.
editor-channel-other-name = Other
editor-channel-name = Channel name
editor-card-pain-point = Pain point
editor-card-severity = Severity
editor-card-opportunity = Opportunity
editor-card-owner = Owner
editor-card-priority = Priority
editor-card-metric = Metric
editor-card-unit = Unit
editor-card-current-value = Current value
editor-card-target = Target
editor-card-note = Note
editor-not-a-number = Write a number, such as 42 or 3.5
editor-card-finding = Finding
editor-card-source = Source
editor-card-link = Link (optional)
editor-link-unsafe = Only web links (https://…) or relative links can be kept
editor-card-caption = Caption
editor-card-resource = Resource

## Pictures

editor-new-picture = New picture
editor-picture-address = Picture address
editor-picture-description = Description for people who cannot see it
editor-picture-address-unsafe = Give a web (https://…) or relative address of a picture
editor-picture-description-required = A description is required
editor-new-picture-address-unsafe = Give a web (https://…) or relative address of a picture.
editor-new-picture-description-missing = Describe the picture for people who cannot see it.
editor-add-picture = Add picture

## Map details

editor-meta-title = Title
editor-meta-goal = Goal: what the team wants to learn
editor-meta-scenario = Scenario and scope
editor-meta-owner = Owner or team
editor-meta-type = Map type
editor-meta-language = Language of the map
editor-meta-direction = Text direction
editor-left-to-right = Left to right
editor-right-to-left = Right to left
editor-meta-last-review = Last review
editor-meta-next-review = Next review
editor-meta-scale-min = Lowest emotion score
editor-meta-scale-max = Highest emotion score
editor-scale-not-a-number = Write a whole number
editor-scale-scores-outside = Some scores on the map fall outside this scale; change them first
editor-scale-invalid = The lowest score must be below the highest, at most 10 apart

## Adding a lane, and lane visibility

editor-add-lane-title = Add a lane
editor-add-lane-kind = What the lane records
editor-add-lane-name = Name (optional)
editor-lanes-hint = Hidden lanes keep their cards; they are only left out of the map.

## Personas

editor-persona = Persona
editor-persona-on-map = On this map
editor-edit-persona = Edit { $name }
editor-unnamed-persona = (unnamed persona)
editor-add-persona = Add persona
editor-persona-added = Persona added to this map.
editor-persona-name = Name
editor-persona-description = Who they are
editor-persona-goals = Goals, one per line
editor-persona-needs = Needs, one per line
editor-persona-motivations = Motivations, one per line
editor-persona-frustrations = Frustrations, one per line
editor-persona-day = A day in their life
editor-persona-photo-url = Photo address (optional)
editor-persona-photo-alt = Photo description
editor-photo-description-missing = Describe the photo for people who cannot see it
editor-delete-persona = Delete persona
editor-persona-deleted = Persona deleted.

## Versions and reviews ($date is already written in the reader's calendar and digits)

editor-versions-title = Versions and reviews
editor-review-heading = Review
editor-last-reviewed = Last reviewed { $date }.
editor-not-reviewed-yet = Not reviewed yet.
editor-review-unscheduled = No review is scheduled.
editor-review-due-today = The next review is due today. ({ $date })
editor-review-due-tomorrow = The next review is due tomorrow. ({ $date })
editor-review-due-in = The next review is due in { $days ->
    [one] { $days } day
   *[other] { $days } days
}. ({ $date })
editor-review-overdue = The review is overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}. ({ $date })
editor-review-hint = Review a journey map every few months and after each release. Change the dates in Map details.
editor-mark-reviewed = Mark reviewed today
editor-marked-reviewed = Marked as reviewed today; the next review is due in three months.

editor-snapshots-heading = Snapshots
editor-snapshot-name = Snapshot name
editor-snapshot-name-example = before Q3 review
editor-save-snapshot = Save snapshot
editor-no-snapshots = No snapshots yet.
# The name of a snapshot saved without one.
editor-snapshot-default-name = Snapshot of { $date }
editor-snapshot-saved = Snapshot “{ $name }” saved.
editor-snapshot-not-saved = The snapshot was not saved: { $reason }
editor-snapshot-view = View
editor-snapshot-view-named = View { $name }
editor-snapshot-restore = Restore
editor-snapshot-restore-named = Restore { $name }
editor-snapshot-restored = Snapshot “{ $name }” restored.
editor-snapshot-not-restored = Snapshot “{ $name }” could not be restored.
editor-snapshot-delete-question = Delete it for good?
editor-snapshot-deleted = Snapshot “{ $name }” deleted.
editor-snapshot-not-deleted = Snapshot “{ $name }” was not deleted: { $reason }

## Another tab changed the map

editor-conflict-title = This map was changed in another tab
editor-conflict-question = You and another tab or window both changed this map. Nothing has been saved over either version yet. What should be kept?
editor-keep-mine = Keep mine
editor-keep-mine-hint = Your version replaces the other tab's, which is kept as a snapshot under Versions (and the map comes back out of the trash if it was moved there).
editor-take-theirs = Take theirs
editor-take-theirs-hint = The other tab's version replaces yours; your unsaved changes are dropped.
editor-keep-both = Keep both
editor-keep-both-hint = Your version becomes a copy that you go on editing; the other stays as it is.
editor-kept-as-copy = Your version is kept as “{ $title }”; the other version keeps the map's place.
editor-copy-failed = The copy was not made: { $reason }

## Keyboard shortcuts: the keys as printed on keyboards, and what they do

editor-shortcuts-title = Keyboard shortcuts
editor-shortcuts-keys = Keys
editor-shortcuts-what = What they do
editor-keys-tab = Tab
editor-shortcut-tab = Move between the toolbar and the map (the map is one stop)
editor-keys-arrows = Arrow keys
editor-shortcut-arrows = Move between cells of the map, in the map's reading direction
editor-keys-home-end = Home / End
editor-shortcut-home-end = First or last cell of the row
editor-keys-ctrl-home-end = Ctrl+Home / Ctrl+End
editor-shortcut-ctrl-home-end = First or last cell of the map
editor-keys-enter = Enter or F2
editor-shortcut-enter = Edit the cell, stage, step or lane
editor-keys-escape = Escape
editor-shortcut-escape = Stop editing and go back to the cell
editor-keys-undo = Ctrl+Z (⌘Z)
editor-keys-redo = Ctrl+Shift+Z or Ctrl+Y
editor-keys-help = ?
editor-shortcut-help = Show this list
editor-keys-print = Ctrl+P (⌘P)
editor-shortcut-print = Print the map on the pages chosen in Share

## Dialogs, and delete buttons that ask in place before they delete.

dialog-close = Close
dialog-cancel = Cancel
dialog-delete = Delete
dialog-delete-it = Delete it
dialog-keep-it = Keep it

## Share: the map as a file, a picture, a PDF or a printout ($format is SVG, PNG or PDF; $file
## a file name; $size a size (size-kb, size-mb); $wanted and $scale are scales such as 2)

editor-share = Share
editor-share-title = Share this map
editor-share-format = Share as
editor-share-json-hint = For Safar: import it into another library, or keep it as a copy.
editor-share-svg-hint = Sharp at any size, for documents and web pages; the fonts are inside.
editor-share-png-hint = For slides, chats and e-mail.
editor-share-pdf-hint = Numbered pages to print or send, with text that can be selected and searched.
editor-share-scale = Scale
editor-share-scale-1 = 1× (screens)
editor-share-scale-2 = 2× (slides)
editor-share-scale-4 = 4× (print)
editor-share-page-size = Page size (PDF and printing)
editor-share-paper-a4 = A4 landscape
editor-share-paper-a3 = A3 landscape
editor-share-paper-a2 = A2 landscape
editor-share-paper-long = One long page
editor-share-view = What it shows
editor-share-hidden-lanes = { $count ->
    [one] Include the hidden lane
   *[other] Include the { $count } hidden lanes
}
editor-share-one-stage = Only the stage { $stage }
editor-share-print = Print…
editor-share-preparing-print = Preparing the pages to print…
editor-share-printed = { $pages ->
    [one] One page went to the print dialog.
   *[other] { $pages } pages went to the print dialog.
}
