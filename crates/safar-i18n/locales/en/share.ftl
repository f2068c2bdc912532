## Maps shared as files: the editor's Share dialog and the widget's download menu ($format is
## one of SVG, PNG and PDF; $file a file's name; $size its size (size-kb and size-mb); $wanted
## and $scale are scales, such as 2)

share-json = Map file (JSON)
share-svg = Picture (SVG)
share-png = Picture (PNG)
share-pdf = PDF
share-download = Download
share-cancel = Cancel
share-drawing = Drawing the { $format }…
share-downloaded = { $file } downloaded ({ $size }).
share-downloaded-pages = { $pages ->
    [one] { $file } downloaded: one page, { $size }.
   *[other] { $file } downloaded: { $pages } pages, { $size }.
}
share-downloaded-smaller = { $file } downloaded ({ $size }). The map is too large for a PNG at { $wanted }×, so it was drawn at { $scale }×.
share-print-failed = The pages could not be prepared for printing.
share-cancelled = Stopped: nothing was made.
share-too-large = The picture would be { $width } × { $height } pixels, more than a PNG can hold. Choose a smaller scale, or a PDF.
share-not-loaded = The picture maker could not be loaded ({ $reason }). Check the connection and try again.
share-failed = The { $format } could not be made: { $reason }
