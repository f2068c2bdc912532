# Words of a map exported as a picture (SVG, PNG, PDF) and of its printed pages.

# One label and its value on a card: “Owner: Digital team”.
picture-labelled = { $label }: { $value }
# At the foot of every printed page.
picture-page = Page { $page } of { $pages }
# An image card drawn without its picture (remote, missing): its description stands in.
picture-image = Picture: { $alt }
# The legend of the emotion curve, in the emotion lane's header.
picture-legend-scored = scored
picture-legend-unscored = not scored
picture-legend-average = stage average
