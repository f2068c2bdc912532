## The library page: the maps kept in this browser, the trash, entries set aside, importing and
## exporting files, and how much of the browser's storage it all takes.

library-title = Your maps
library-actions = Library
library-new-map = New map
library-import-files = Import files…
library-export = Export library
library-drop-hint = Drop map files anywhere on this page to import them.
library-search = Search maps
library-search-placeholder = Title or persona
library-no-match = No map matches “{ $query }”.
library-empty = There are no maps yet. Start one with New map, or import a file.

## What the last action did ($reason is one of the errors, a whole sentence).

library-create-failed = The new map was not created: { $reason }
library-exported = Exported { $count ->
    [one] { $count } map
   *[other] { $count } maps
} to a file.
library-exported-left-out = Exported { $count ->
    [one] { $count } map
   *[other] { $count } maps
} to a file. Left out because they cannot be read here: { $titles }.
library-export-failed = The library could not be exported: { $reason }
library-import-read-only = Nothing can be imported: this library was saved by a newer version of Safar.

## Notices about the library as a whole. $key is a storage key and $reason a technical detail,
## both shown as they are.

library-found-set-aside = A stored entry ({ $key }) could not be read and was set aside, untouched; you can download it below. Reason: { $reason }.
library-found-left-in-place = A stored entry ({ $key }) could not be read. There was no room to set it aside, so it was left where it is, untouched. Reason: { $reason }.
library-found-adopted = “{ $title }”, the map you kept in an earlier version of Safar, is now in your library.
library-in-memory = This browser does not let Safar use its storage here, so maps are kept only until this tab is closed or reloaded. Export them to keep them.
library-read-only-notice = This library was saved by a newer version of Safar. This version shows it but changes nothing, so nothing of it can be lost; update Safar to edit it.

## The list of maps.

library-table-caption = Maps in this browser, most recently edited first
library-column-map = Map
library-column-personas = Personas
library-column-type = Type
library-column-language = Language
library-column-edited = Last edited
library-column-review = Next review
library-column-actions = Actions
library-untitled = Untitled map
library-newer-badge = Saved by a newer Safar: read-only
library-review-unscheduled = Not scheduled
library-review-today = Due today
library-review-tomorrow = Due tomorrow
library-review-due = Due in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
library-review-overdue = Overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# $date is a date written in the interface language.
library-last-reviewed = Last reviewed { $date }

## A map's actions. Each button's name ends with the map's title, after a space.

library-duplicate = Duplicate
library-rename = Rename
library-export-map = Export
library-move-to-trash = Move to trash
library-duplicated = “{ $title }” duplicated.
library-not-duplicated = “{ $title }” was not duplicated: { $reason }
library-map-exported = “{ $title }” exported to a file.
library-map-not-exported = “{ $title }” was not exported: { $reason }
library-trashed = “{ $title }” moved to the trash. Restore it from the trash below.
library-not-trashed = “{ $title }” was not moved to the trash: { $reason }

## The trash.

library-trash = Trash
library-trash-empty = The trash is empty.
library-empty-trash = Empty trash
library-trashed-on = Moved to the trash { $date }
library-restore = Restore
library-delete-forever = Delete forever
library-restored = “{ $title }” restored from the trash.
library-not-restored = “{ $title }” was not restored: { $reason }

library-empty-trash-title = Empty the trash?
library-empty-trash-body = The maps in the trash and their snapshots will be deleted for good. This cannot be undone.
library-delete-them = Delete them for good
library-keep-them = Keep them
library-trash-emptied = The trash was emptied: { $count ->
    [one] { $count } map
   *[other] { $count } maps
} deleted for good.
library-trash-not-emptied = The trash was not emptied: { $reason }

library-delete-title = Delete this map for good?
library-delete-body = “{ $title }” and its snapshots will be deleted for good. This cannot be undone.
library-delete-it = Delete it for good
library-deleted = “{ $title }” deleted for good.
library-not-deleted = “{ $title }” was not deleted: { $reason }

## Stored entries that could not be read, kept for download.

library-set-aside = Set aside
library-set-aside-hint = These stored entries could not be read. They are kept exactly as they were found; download one to inspect or repair it.
library-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
library-download = Download
library-entry-not-downloaded = The entry was not downloaded: { $reason }
library-delete-entry-question = Delete this entry for good?
library-entry-deleted = The entry was deleted.

## Renaming a map.

library-rename-title = Rename map
library-rename-label = Title
library-renamed = Renamed to “{ $title }”.
library-not-renamed = The map was not renamed: { $reason }

## Importing map files. Each file is listed as “file name: …”; the two lines below follow the
## colon. $titles is a list of map titles.

library-import-title = Import maps
library-import-ready = ready, { $count ->
    [one] { $count } map
   *[other] { $count } maps
}: { $titles }
library-import-file-failed = cannot be imported, nothing from it will change your library. { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} found:
library-import-no-map = The file holds no map (its "journeys" list is empty).
library-import-clash = Already in your library: { $titles }. What should happen to them?
library-import-keep-both = Keep both: import them as copies
library-import-replace = Replace the maps in the library
library-import-skip = Skip them
library-import-nothing = Nothing to import
library-import-count = Import { $count ->
    [one] { $count } map
   *[other] { $count } maps
}
library-import-added = Import finished: { $added } added.
library-import-replaced = Import finished: { $replaced } replaced.
library-import-skipped = Import finished: { $skipped } skipped.
library-import-added-replaced = Import finished: { $added } added, { $replaced } replaced.
library-import-added-skipped = Import finished: { $added } added, { $skipped } skipped.
library-import-counts = Import finished: { $added } added, { $replaced } replaced, { $skipped } skipped.
library-import-failed = Nothing was imported: { $reason }

## The browser's storage. $used, $quota and $free are sizes (size-kb, size-mb).

library-storage-used = Storage used: { $used } of about { $quota } this browser keeps for this site
library-storage-nearly-full = Storage is nearly full: less than { $free } of this site's browser storage is free. Export the library to a file, then empty the trash or delete maps and snapshots you no longer need; saving stops when it is full.
