# Words of a map exported as a picture (SVG, PNG, PDF) and of its printed pages.

picture-labelled = { $label }: { $value }
picture-page = صفحهٔ { $page } از { $pages }
picture-image = تصویر: { $alt }
picture-legend-scored = امتیازداده‌شده
picture-legend-unscored = بدون امتیاز
picture-legend-average = میانگین مرحله
