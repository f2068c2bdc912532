## The embeddable widget (<safar-journey-map>) on someone else's page, and the editor's Embed
## dialog that makes its snippet.

## The widget

widget-loading = در حال بارگذاری نقشهٔ سفر…
widget-error-network = نقشهٔ سفر از نشانی { $url } دریافت نشد. سرور پاسخ نداد یا پرونده را با این صفحه به اشتراک نمی‌گذارد ({ $mechanism }).
widget-error-status = نقشهٔ سفر از نشانی { $url } دریافت نشد: سرور با وضعیت { $status } پاسخ داد.
widget-error-not-utf8 = نقشهٔ سفر از نشانی { $url } خوانده نشد: این فایل متن UTF-8 نیست.
widget-error-other-origin = نقشهٔ سفر نشانی { $url } نمایش داده نمی‌شود: این صفحه فقط نقشه‌های پایگاه خودش، { $origin }، را نشان می‌دهد.
widget-error-file = پروندهٔ نشانی { $url } نقشهٔ سفری نیست که سفر بتواند نشان دهد: { $reason }
widget-error-no-map = پروندهٔ نشانی { $url } هیچ نقشهٔ سفری ندارد.
widget-error-no-such-map = پروندهٔ نشانی { $url } نقشه‌ای با شناسهٔ { $id } ندارد. نقشه‌های آن: { $ids }.
widget-error-too-large = پروندهٔ نشانی { $url } بزرگ‌تر از { $max } مگابایتی است که سفر می‌خواند، پس خوانده نشد.
widget-error-empty = این ابزارک نقشه‌ای برای نمایش ندارد. ویژگی { $attribute } را با نشانی یک پروندهٔ نقشه به آن بدهید، یا نقشه را در یک عنصر { $element } درون آن بگذارید.
widget-error-storage-key = کلید ذخیره‌سازی «{ $key }» پذیرفتنی نیست. حداکثر { $most } حرف لاتین، رقم، خط تیره، زیرخط و نقطه به کار ببرید.
widget-error-stored = ویرایش‌هایی که از این نقشه در این مرورگر نگه داشته شده باز نمی‌شود: { $reason }
widget-stored-newer = ویرایش‌هایی که از این نقشه در این مرورگر نگه داشته شده با نسخهٔ تازه‌تری از سفر ساخته شده است، پس فقط برای خواندن نشان داده می‌شود.
widget-view-unmatched = این موارد در این نقشه پیدا نشد، پس کل نقشه نشان داده می‌شود: { $names }
widget-snapshot-replaced-by-page = پیش از آنکه صفحه نقشهٔ تازه‌ای بگذارد
