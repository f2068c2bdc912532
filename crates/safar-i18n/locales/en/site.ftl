# Published journey sites (safar publish): the index, map and persona pages around the viewer.

site-default-title = Customer journey maps
site-index-description = { $count ->
    [one] One customer journey map
   *[other] { $count } customer journey maps
}, with their personas, stages, touchpoints and emotions.
site-maps-count = { $count ->
    [one] One map
   *[other] { $count } maps
}
site-skip-to-content = Skip to the content
site-breadcrumb = Where you are
site-published-with = Published with Safar from the team’s journey map files.
site-filters = Find a map
site-search-label = Search maps
site-filter-type = Type
site-filter-persona = Persona
site-filter-language = Language
site-filter-all-types = All types
site-filter-all-personas = All personas
site-filter-all-languages = All languages
site-filter-status = Maps shown: { $shown } of { $total }
site-filter-none = No map matches. Clear the search, or choose “All” in the filters.
site-column-map = Map
site-column-personas = Personas
site-column-type = Type
site-column-language = Language
site-column-stages = Stages
site-column-edited = Last edited
site-personas-heading = Personas
site-map-personas-heading = Personas in this map
site-persona-maps-heading = Maps with this persona
site-download-map = Map file (JSON, { $size })
site-download-heading = Download
site-download-svg = Picture (SVG, { $size })
site-download-png = Picture (PNG, { $size })
site-download-pdf = PDF on { $paper } pages ({ $size })
site-download-pdf-long = PDF on one long page ({ $size })
site-print = Print on { $paper } pages
site-print-long = Print on one long page
site-print-failed = The pages could not be prepared for printing. Download the PDF above and print it instead.
site-view-heading = What the map shows
site-view-lanes = Lanes
site-view-stage = Stage
site-view-all-stages = All stages
site-map-description = { $kind } for { $personas }, in { $stages ->
    [one] one stage
   *[other] { $stages } stages
}.
site-map-description-plain = { $kind } in { $stages ->
    [one] one stage
   *[other] { $stages } stages
}.
site-persona-description = The persona { $name }, and the { $count ->
    [one] map
   *[other] { $count } maps
} about them.
