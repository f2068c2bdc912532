# The Embed dialog of the app: the snippet, the frame and the map file to host. Only the app
# shows it, so the widget's builds do not carry it.

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
embed-lanes = Lanes to show
embed-lanes-hint = With every lane ticked the widget shows them all, and lanes added to the map later too.
embed-stage = Stage to show
embed-stage-whole = The whole journey
embed-compact = Compact: narrower columns and tighter spacing
embed-page-url = Address of the page the map goes on (optional)
embed-fetches-from = On that page the widget fetches the map file from { $url }
embed-fetches-relative = The widget fetches the map file relative to the page it is on. Give the page's address to see where.
embed-iframe-fetches = The frame fetches the map file from { $url }
embed-iframe-other-origin = The frame shows only map files served from { $origin }, where the widget's files are: put the map file there, or use the snippet instead.
embed-images = The map shows pictures by addresses relative to its file. Put them beside the map file on your server, at the same addresses:
embed-sized = With no height given, the frame is { $height } pixels tall: the height of the map as it is now, up to { $most }.
