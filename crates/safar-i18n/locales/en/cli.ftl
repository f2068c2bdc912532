# The safar command line: validate, new, publish, serve.

cli-problem-read = could not be read: { $reason }
cli-problem-not-utf8 = is not UTF-8 text, so it cannot be a map file
cli-problem-no-maps = holds no journey map
cli-invalid = Files that are not valid maps: { $files }. Problems: { $errors }. Fix them, or publish with --skip-invalid to leave those files out.
cli-invalid-skipped = Left out the files that are not valid maps: { $files }. Problems: { $errors }.
cli-no-maps = There are no map files (*.json) in { $inputs }.
cli-valid = Valid: { $files ->
    [one] { $files } file
   *[other] { $files } files
}, { $maps ->
    [one] { $maps } map
   *[other] { $maps } maps
}.
cli-unknown-language = Safar does not speak “{ $lang }”. Choose one of { $known }.
cli-unknown-type = There is no map type “{ $type }”. Choose one of { $known }.
cli-unknown-template = There is no template “{ $template }”. Choose one of { $known }.
cli-bad-base-url = The base URL must be a path that starts with / or an http(s) address, without spaces or quotes: { $url }
cli-io-error = Could not read or write { $path }: { $reason }
cli-widget-missing = This safar was compiled without a widget build, and --widget names none. Pass --widget DIR (dist/widget after trunk build --release), or compile safar again after trunk build --release, or pass --no-widget to publish maps that read and print without it.
cli-widget-not-found = There is no widget build in { $dir }: it has no safar-widget.js.
cli-widget-not-release = The widget in { $dir } is a debug build (or does not say it is a release): a page of the site would download several times the bytes it needs. Build it with trunk build --release, or pass --no-widget.
cli-missing-image = { $file }: { $path }: the image { $url } is not in the maps folder, so the published page shows none.
cli-name-unportable = Left out { $file }: its name has a backslash, a colon or a control character, or is a device name of Windows (CON, NUL…), so it cannot be published on every system. Rename it.
cli-link-outside = Left out { $file }: it is a symbolic link to { $target }, outside the maps folder, and Safar publishes only what is inside it.
cli-link-broken = Left out { $file }: it is a symbolic link to nothing that exists.
cli-image-not-format = Left out { $file }: its name says it is a { $format } picture, but its bytes are not one.
cli-svg-left-out = Left out { $file }: { $reason }. An SVG picture is published only when it cannot run script or load anything from elsewhere; save it as plain SVG.
cli-svg-too-large = it has { $bytes } bytes, more than the { $limit } an SVG picture may have
cli-svg-not-utf8 = it is not UTF-8 text
cli-svg-encoding = it declares the encoding { $encoding }, and only UTF-8 is accepted
cli-svg-doctype = it has a document type declaration (<!DOCTYPE>), where entities hide
cli-svg-not-xml = it is not well-formed XML ({ $detail })
cli-svg-instruction = it has a processing instruction <?{ $target }?>
cli-svg-not-svg = its root element <{ $root }> is not an SVG <svg> element
cli-svg-too-deep = its elements are nested more than { $limit } deep
cli-svg-foreign-element = the element <{ $element }> is in the namespace { $namespace }, not SVG
cli-svg-no-namespace = the element <{ $element }> is in no namespace, so it is not SVG
cli-svg-element = the element <{ $element }> is not one of the drawing elements Safar publishes (scripts and embedded content never are)
cli-svg-event-handler = <{ $element }> has the event handler { $attribute }
cli-svg-attribute = <{ $element }> has the attribute { $attribute }, which is not a drawing attribute
cli-svg-external-link = <{ $element }> links with { $attribute } to something outside the picture
cli-svg-external-style = the style in { $attribute } of <{ $element }> loads something from outside the picture or uses CSS escapes
cli-svg-external-sheet = the style sheet in <{ $element }> loads something from outside the picture or uses CSS escapes
cli-svg-animates-link = <{ $element }> animates { $target }, a link or an event handler
cli-published = Published { $maps ->
    [one] { $maps } map
   *[other] { $maps } maps
} and { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
} to { $out }.
cli-published-files = Pages rendered: { $rendered }. Downloads drawn: { $drawn }. Files written: { $written }, unchanged: { $unchanged }, removed: { $removed }.
cli-new-written = Wrote { $file } from the template { $template }.
cli-new-exists = { $file } already exists, and Safar never writes over a file. Choose another name.
cli-serve-no-site = { $dir } holds no published site (it has no index.html). Publish one there first.
cli-serve-failed = Could not listen on { $address }: { $reason }
cli-bad-origin = { $origin } is not an origin: give one such as https://wiki.example (a scheme and a host, nothing after), or * for any.
cli-serving = Serving { $dir } at { $url } (Ctrl+C stops it).
cli-export-unknown-format = There is no export format “{ $format }”. Choose one of { $known } with --format, or end the output file's name with one.
cli-export-unknown-paper = There is no page size “{ $paper }”. Choose one of { $known }.
cli-export-bad-scale = The scale { $scale } is out of range: choose a number from 0.25 to 8 (1 for screens, 2 for slides, 4 for print).
cli-export-unknown-lane = The map has no lane “{ $lane }”. Its lanes: { $known }.
cli-export-unknown-stage = The map has no stage “{ $stage }”. Its stages: { $known }.
cli-export-over-map = { $file } is the map file itself: Safar never writes an export over a map. Choose another output file.
cli-export-too-large = At scale { $scale } the picture would be { $width } × { $height } pixels, more than a PNG may have (at most { $side } pixels a side and { $limit } in all). Choose a smaller --scale, fewer --lanes or one --stage, or export a PDF.
cli-export-failed = The { $format } could not be made: { $reason }
cli-export-picture = { $format }, { $width } × { $height } pixels
cli-export-pages = PDF, { $pages ->
    [one] one page
   *[other] { $pages } pages
} ({ $paper })
cli-export-written = Wrote { $file }: { $what }.
cli-publish-unknown-export = There is no download format “{ $format }” for --exports. Choose from { $known }, or none.
cli-publish-png-smaller = { $page }: at { $wanted }× the map is too large for a PNG, so its PNG is drawn at { $scale }× ({ $what }).
cli-publish-download-skipped = { $page }: no { $format } to download. { $reason }
