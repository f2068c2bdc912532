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

## The Embed dialog

editor-embed = Embed
embed-title = Embed this map
embed-intro = Show this map on another page, such as an intranet wiki or portal. The page needs one script and one element; the map file and Safar's widget files are served from your own web server.
embed-step-file = Download the map file and put it on your web server.
embed-download = Download the map file
embed-downloaded = Downloaded { $name }.
embed-map-url = Address of the map file on your server
embed-widget-url = Address of Safar's widget files
embed-widget-url-hint = This Safar serves them in its { $folder } folder. To serve them yourself, copy that folder to your server.
embed-step-choose = Choose how the map appears.
embed-language = Language of the widget
embed-mode = What readers can do
embed-mode-view = Read the map
embed-mode-edit = Edit the map (each reader's edits stay in their own browser)
embed-storage-key = Storage key (optional)
embed-storage-key-hint = Widgets with the same key share their edits. Latin letters, digits, hyphens, underscores and dots.
embed-height = Height (optional)
embed-height-hint = In pixels, or a length such as { $examples }.
embed-height-invalid = Give the height as a number of pixels or a length such as { $examples }.
embed-address-invalid = This address cannot go into a snippet. Use one that starts with { $schemes }, or one relative to the page, such as { $example }.
embed-snippet = Snippet to paste into the page
embed-copy = Copy the snippet
embed-iframe = For pages that allow no scripts: a frame ({ $element })
embed-copy-iframe = Copy the frame
embed-copied = Copied to the clipboard.
embed-copy-failed = The browser did not allow copying. Select the text and copy it yourself.
embed-untitled = Journey map
