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

## The Embed dialog

editor-embed = جاسازی
embed-title = جاسازی این نقشه
embed-intro = این نقشه را در صفحه‌ای دیگر، مانند ویکی یا درگاه اینترانت، نشان دهید. صفحه به یک اسکریپت و یک عنصر نیاز دارد؛ پروندهٔ نقشه و پرونده‌های ابزارک سفر از سرور وب خودتان ارائه می‌شوند.
embed-step-file = پروندهٔ نقشه را بارگیری کنید و روی سرور وب خود بگذارید.
embed-download = بارگیری پروندهٔ نقشه
embed-downloaded = { $name } بارگیری شد.
embed-map-url = نشانی پروندهٔ نقشه روی سرور شما
embed-widget-url = نشانی پرونده‌های ابزارک سفر
embed-widget-url-hint = همین سفر آن‌ها را در پوشهٔ { $folder } خود ارائه می‌کند. برای ارائه از سرور خودتان، آن پوشه را روی سرورتان رونوشت کنید.
embed-step-choose = شیوهٔ نمایش نقشه را برگزینید.
embed-language = زبان ابزارک
embed-mode = خوانندگان چه کاری می‌توانند بکنند
embed-mode-view = خواندن نقشه
embed-mode-edit = ویرایش نقشه (ویرایش‌های هر خواننده در مرورگر خودش می‌ماند)
embed-storage-key = کلید ذخیره‌سازی (اختیاری)
embed-storage-key-hint = ابزارک‌هایی که کلید یکسان دارند ویرایش‌هایشان را با هم شریک می‌شوند. حروف لاتین، رقم، خط تیره، زیرخط و نقطه.
embed-height = ارتفاع (اختیاری)
embed-height-hint = به پیکسل، یا طولی مانند { $examples }.
embed-height-invalid = ارتفاع را به صورت عددی به پیکسل یا طولی مانند { $examples } بنویسید.
embed-address-invalid = این نشانی را نمی‌توان در قطعه‌کد به کار برد. نشانی‌ای به کار ببرید که با { $schemes } آغاز شود، یا نشانی‌ای نسبت به صفحه، مانند { $example }.
embed-snippet = قطعه‌کدی که در صفحه می‌گذارید
embed-copy = رونوشت قطعه‌کد
embed-iframe = برای صفحه‌هایی که اسکریپت نمی‌پذیرند: یک قاب ({ $element })
embed-copy-iframe = رونوشت قاب
embed-copied = در حافظهٔ موقت رونوشت شد.
embed-copy-failed = مرورگر اجازهٔ رونوشت نداد. متن را برگزینید و خودتان رونوشت کنید.
embed-untitled = نقشهٔ سفر
