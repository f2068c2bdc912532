# The safar command line: validate, new, publish, serve.

cli-problem-read = could not be read: { $reason }
cli-problem-not-utf8 = is not UTF-8 text, so it cannot be a map file
cli-problem-no-maps = holds no journey map
cli-invalid = Files that are not valid maps: { $files }. Problems: { $errors }. Fix them, or publish with --skip-invalid to leave those files out.
cli-invalid-skipped = Left out the files that are not valid maps: { $files }. Problems: { $errors }.
cli-no-maps = There are no map files (*.json) in { $inputs }.
cli-valid = Valid: { $files } files, { $maps } maps.
cli-unknown-language = Safar does not speak “{ $lang }”. Choose one of { $known }.
cli-unknown-type = There is no map type “{ $type }”. Choose one of { $known }.
cli-unknown-template = There is no template “{ $template }”. Choose one of { $known }.
cli-bad-base-url = The base URL must be a path that starts with / or an http(s) address, without spaces or quotes: { $url }
cli-io-error = Could not read or write { $path }: { $reason }
cli-widget-missing = The widget is not built ({ $dir }), so the maps are published without it: readable and printable, not interactive. Build it with trunk build --release, or pass --no-widget.
cli-widget-not-found = There is no widget build in { $dir }: it has no safar-widget.js.
cli-missing-image = { $file }: { $path }: the image { $url } is not in the maps folder, so the published page shows none.
cli-svg-left-out = Left out { $file }: an SVG file with scripts, event handlers or embedded content could run script on the site.
cli-published = Published { $maps } maps and { $personas } personas to { $out }.
cli-published-files = Pages rendered: { $rendered }. Files written: { $written }, unchanged: { $unchanged }, removed: { $removed }.
cli-new-written = Wrote { $file } from the template { $template }.
cli-new-exists = { $file } already exists, and Safar never writes over a file. Choose another name.
cli-serve-no-site = { $dir } holds no published site (it has no index.html). Publish one there first.
cli-serve-failed = Could not listen on { $address }: { $reason }
cli-serving = Serving { $dir } at { $url } (Ctrl+C stops it).
