## The core's errors: validation problems, files that do not load, storage and library errors,
## and edits the map refuses. Technical details ($detail, $path) are shown as they are.

problem-at = { $path }: { $problem }
problem-wrong-format = must be “{ $format }”
problem-unsupported-version = version { $found } is not { $supported }, the version this build reads
problem-empty = must not be empty
problem-too-long = longer than { $max ->
    [one] { $max } character
   *[other] { $max } characters
}
problem-malformed-id = not a valid id ({ $min } to { $max } letters, digits, “-” or “_”)
problem-duplicate-id = the id “{ $id }” is used more than once
problem-unknown-persona = no persona has the id “{ $id }”
problem-unknown-lane = no lane has the id “{ $id }”
problem-unknown-stage = no stage has the id “{ $id }”
problem-unknown-step = stage “{ $stage }” has no step “{ $step }”
problem-duplicate-cell = another cell has the same lane, stage and step
problem-mixed-granularity = this lane has both a cell for the whole stage and cells for its steps
problem-wrong-card-kind = a “{ $found }” card cannot go in a “{ $lane }” lane, which holds “{ $expected }” cards
problem-score-out-of-scale = outside the map’s emotion scale, { $min } to { $max }
problem-invalid-scale = the minimum must be below the maximum, at most { $span } points apart
problem-invalid-date = not a date of the form YYYY-MM-DD
problem-invalid-timestamp = not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ
problem-invalid-language = not a language tag such as en, fa or ar-EG
problem-unsafe-url = not an http(s) or relative web address
problem-not-finite = not a finite number

load-syntax = This is not valid JSON: line { $line }, column { $column } ({ $detail }).
load-not-a-map = This is not a Safar journey map file: it needs "format": "{ $format }".
load-bad-version = The file’s version must be a whole number from { $min } up.
load-newer = This file is format version { $found }, written by a newer Safar; this one reads up to version { $supported }.
load-migration-failed = Bringing the file up to date failed at step “{ $step }”: { $detail }
load-shape = The file’s structure is wrong at { $path }: { $detail }
load-shapes = The file’s structure is wrong in { $count } places. The first, at { $path }: { $detail }
shape-wrong-kind = { $found } where the format has { $expected }
json-kind-null = null
json-kind-boolean = true or false
json-kind-integer = a whole number
json-kind-fraction = a number with a fraction
json-kind-number = a number
json-kind-text = text
json-kind-list = a list
json-kind-object = an object
json-kind-unknown = another kind of value
shape-out-of-range = { $found } is outside { $min } to { $max }
shape-missing = the required field “{ $field }” is missing
shape-unknown-field = “{ $field }” is not a field the format has here
shape-unknown-name = “{ $found }” is not one of { $expected }
shape-other = { $detail }
syntax-end = the file ends before its JSON does
syntax-colon = a “:” is missing after a key
syntax-comma-list = a “,” or “]” is missing in a list
syntax-comma-object = a “,” or “{ "}" }” is missing in an object
syntax-value = a value is missing here
syntax-key = a key must be text in double quotes
syntax-trailing-comma = a comma just before a closing bracket
syntax-trailing = something follows the end of the JSON
syntax-number = a number that is malformed or too large
syntax-depth = lists and objects nested too deeply
syntax-control = a control character inside text, such as a line break, which JSON writes as an escape
syntax-escape = a malformed escape sequence
syntax-other = { $detail }
load-invalid = The file breaks the format’s rules in { $count ->
    [one] one place
   *[other] { $count } places
}.

load-too-large-file = This file is too large to open: { $problem }.
load-too-large = This file is too large to open: at { $path }, { $problem }.
problem-over-limit = { $what } is { $found }, more than the { $max } Safar reads
problem-unlisted = and { $count ->
    [one] one more problem
   *[other] { $count } more problems
}
limit-bytes = { $found } MB, more than the { $max } MB Safar reads
limit-journeys = the number of maps
limit-personas = the number of personas
limit-persona-items = the number of entries
limit-stages = the number of stages
limit-steps = the number of steps in all stages
limit-lanes = the number of lanes
limit-cells = the number of cells
limit-cards = the number of cards in all maps
limit-cards-in-cell = the number of cards in this cell

store-full = The browser’s storage for this site is full.
store-unavailable = This browser does not let Safar use its storage here.
store-other = The browser refused to save: { $detail }

read-newer = It was saved by a newer version of Safar (version { $found }; this one reads up to version { $supported }), so this version leaves it exactly as it is.
read-damaged = The stored text cannot be read: { $detail }

library-read-only = This library was saved by a newer version of Safar, so this version only shows it and changes nothing.
library-not-found = There is no map “{ $id }” in this library.
library-damaged = The stored map is damaged and was set aside: { $detail }
library-conflict = This map was changed in another tab or window.
library-invalid = The map breaks the format’s rules in { $count ->
    [one] one place
   *[other] { $count } places
}, so it was not saved.

command-unknown = Nothing in this map has the id “{ $id }”.
command-duplicate-id = The id “{ $id }” is already used.
command-no-such-place = That position does not exist.
command-wrong-card-kind = This card does not fit that lane.
command-score-outside-scale = A score would fall outside the emotion scale.
command-invalid-scale = The scale’s minimum must be below its maximum, at most { $span } points apart.
command-lane-not-empty = A lane with cards cannot change its kind.
command-mixed-granularity = This lane already has a cell for the whole stage, or cells for its steps, there.
command-already-attached = The map already names this persona.
command-over-limit = That would pass a limit: { $what } can be at most { $max }.

## Files made for download, and files read from a picker or a drop.

file-not-made = The browser could not make the file.
file-no-page = The page is not ready to download files.
file-not-text = The file is not text.
file-not-read = The browser could not read the file.

## Sizes of files and storage, as people read them (Message::size)

size-kb = { $size } KB
size-mb = { $size } MB
