## The app around the screens: the app bar, the language picker, page titles, and the screens
## that are not the library or the editor.

app-language = Language
app-digits = Digits

app-brand = Safar
app-library = Library

## Page titles. $screen is the screen's name (a map's title, or one of the messages below).

app-page-title = { $screen } · Safar
app-title-map = Map
app-title-snapshot = Snapshot of { $title }
app-title-snapshot-untitled = Snapshot of a map
app-title-example = { $title } (example)

## Maps shown read-only, and maps that cannot be shown. $reason is one of the errors, a whole
## sentence.

app-back-to-library = Back to your library
app-back-to-map = Back to the map
app-example-notice = This example is read-only.
app-trashed-notice = This map is in the trash, so it is shown read-only.
app-restore-it = Restore it
app-map-not-restored = The map was not restored: { $reason }
app-newer-library-notice = This library was saved by a newer version of Safar, so this map is shown read-only.
# “Versions” is the editor's button (editor-versions); $date is already written in the reader's calendar.
app-snapshot-notice = Snapshot “{ $name }”, saved { $date }. Read-only; restore it from Versions in the editor.
app-snapshot-cannot-show = This snapshot cannot be shown: { $reason }
app-no-such-snapshot = There is no such snapshot.
app-file-holds-no-map = This map file holds no map.
app-map-newer = This map cannot be opened here. { $reason } Update Safar to open it.
app-download-data = Download its data
app-map-cannot-open = This map cannot be opened: { $reason }

## Starting a new map.

new-map-title = New map
new-map-stages = Stages
new-map-blank = Blank
new-map-blank-hint = One stage; add your own
new-map-type = Map type
new-map-language = Language of the map
new-map-start = Start the map
