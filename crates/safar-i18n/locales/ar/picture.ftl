# Words of a map exported as a picture (SVG, PNG, PDF) and of its printed pages.

picture-labelled = { $label }: { $value }
picture-page = الصفحة { $page } من { $pages }
picture-image = صورة: { $alt }
picture-legend-scored = مُقيَّمة
picture-legend-unscored = بلا تقييم
picture-legend-average = متوسط المرحلة
