## The embeddable widget (<safar-journey-map>) on someone else's page, and the editor's Embed
## dialog that makes its snippet.

## The widget

widget-loading = Loading the journey map…
widget-error-network = The journey map at { $url } could not be fetched. The server did not answer, or it does not share the file with this page ({ $mechanism }).
widget-error-status = The journey map at { $url } could not be fetched: the server answered with status { $status }.
widget-error-not-utf8 = The journey map at { $url } could not be read: the file is not UTF-8 text.
widget-error-other-origin = The journey map at { $url } is not shown: this page shows only maps from its own site, { $origin }.
widget-error-file = The file at { $url } is not a journey map Safar can show: { $reason }
widget-error-no-map = The file at { $url } holds no journey map.
widget-error-no-such-map = The file at { $url } has no map with the id { $id }. Its maps: { $ids }.
widget-error-too-large = The file at { $url } is larger than the { $max } MB Safar reads, so it was not read.
widget-error-empty = This widget has no map to show. Give it a { $attribute } attribute with the address of a map file, or put the map inside it in a { $element } element.
widget-error-storage-key = The storage key “{ $key }” cannot be used. Use at most { $most } Latin letters, digits, hyphens, underscores and dots.
widget-error-stored = The edits kept in this browser for this map cannot be opened: { $reason }
widget-stored-newer = The edits kept in this browser for this map were made by a newer version of Safar, so they are shown read-only.
widget-view-unmatched = Not found in this map, so the whole map is shown: { $names }
widget-snapshot-replaced-by-page = Before the page set a new map
