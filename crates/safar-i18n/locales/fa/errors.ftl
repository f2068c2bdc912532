## خطاهای هسته: مشکلات اعتبارسنجی، فایل‌هایی که باز نمی‌شوند، خطاهای حافظه و کتابخانه، و
## ویرایش‌هایی که نقشه نمی‌پذیرد. جزئیات فنی ($detail و $path) همان‌طور که هست نشان داده می‌شود.

problem-at = { $path }: { $problem }
problem-wrong-format = باید «{ $format }» باشد
problem-unsupported-version = نسخهٔ { $found } با نسخهٔ { $supported } که این برنامه می‌خواند یکی نیست
problem-empty = نباید خالی باشد
problem-too-long = بیش از { $max } نویسه
problem-malformed-id = شناسهٔ معتبری نیست ({ $min } تا { $max } حرف، رقم، «-» یا «_»)
problem-duplicate-id = شناسهٔ «{ $id }» بیش از یک بار به کار رفته است
problem-unknown-persona = هیچ پرسونایی شناسهٔ «{ $id }» ندارد
problem-unknown-lane = هیچ ردیفی شناسهٔ «{ $id }» ندارد
problem-unknown-stage = هیچ مرحله‌ای شناسهٔ «{ $id }» ندارد
problem-unknown-step = مرحلهٔ «{ $stage }» گامی به نام «{ $step }» ندارد
problem-duplicate-cell = خانهٔ دیگری همین ردیف، مرحله و گام را دارد
problem-mixed-granularity = این ردیف هم برای کل مرحله خانه دارد و هم برای گام‌های آن
problem-wrong-card-kind = کارت «{ $found }» در ردیف «{ $lane }» جای نمی‌گیرد؛ این ردیف ویژهٔ کارت‌های «{ $expected }» است
problem-score-out-of-scale = بیرون از مقیاس احساس نقشه، از { $min } تا { $max }
problem-invalid-scale = کمینه باید کمتر از بیشینه باشد و فاصلهٔ آن‌ها حداکثر { $span } امتیاز باشد
problem-invalid-date = تاریخی به شکل YYYY-MM-DD نیست
problem-invalid-timestamp = زمانی به وقت جهانی به شکل YYYY-MM-DDTHH:MM:SSZ نیست
problem-invalid-language = برچسب زبانی مانند en، fa یا ar-EG نیست
problem-unsafe-url = نشانی وب http(s) یا نسبی نیست
problem-not-finite = عدد متناهی نیست

load-syntax = این فایل JSON معتبری نیست: سطر { $line }، ستون { $column } ({ $detail }).
load-not-a-map = این فایل نقشهٔ سفر نیست: باید {"\u2066"}"format": "{ $format }"{"\u2069"} را داشته باشد.
load-bad-version = نسخهٔ فایل باید عددی صحیح از { $min } به بالا باشد.
load-newer = این فایل نسخهٔ { $found } قالب است و با سفرِ جدیدتری نوشته شده؛ این نسخه تا نسخهٔ { $supported } را می‌خواند.
load-migration-failed = به‌روزرسانی فایل در گام «{ $step }» شکست خورد: { $detail }
load-shape = ساختار فایل در { $path } نادرست است: { $detail }
load-shapes = ساختار فایل در { $count } جا نادرست است. نخستین، در { $path }: { $detail }
shape-wrong-kind = اینجا { $found } آمده، ولی قالب { $expected } می‌خواهد
json-kind-null = null
json-kind-boolean = درست یا نادرست
json-kind-integer = یک عدد صحیح
json-kind-fraction = یک عدد اعشاری
json-kind-number = یک عدد
json-kind-text = متن
json-kind-list = یک فهرست
json-kind-object = یک شیء
json-kind-unknown = مقداری از نوعی دیگر
shape-out-of-range = { $found } بیرون از بازهٔ { $min } تا { $max } است
shape-missing = فیلد لازم «{ $field }» نیست
shape-unknown-field = «{ $field }» فیلدی نیست که قالب اینجا داشته باشد
shape-unknown-name = «{ $found }» یکی از این‌ها نیست: { $expected }
shape-other = { $detail }
syntax-end = فایل پیش از پایان JSON تمام می‌شود
syntax-colon = پس از یک کلید «:» نیامده است
syntax-comma-list = در یک فهرست «,» یا «]» کم است
syntax-comma-object = در یک شیء «,» یا «{ "}" }» کم است
syntax-value = اینجا یک مقدار کم است
syntax-key = کلید باید متنی میان دو نشانهٔ نقل‌قول دوتایی باشد
syntax-trailing-comma = ویرگولی درست پیش از بستن کروشه
syntax-trailing = پس از پایان JSON چیز دیگری آمده است
syntax-number = عددی بدشکل یا بیش از اندازه بزرگ
syntax-depth = فهرست‌ها و شیءها بیش از اندازه تودرتو هستند
syntax-control = نویسهٔ کنترلی درون متن، مانند شکست سطر، که JSON آن را با نویسهٔ گریز می‌نویسد
syntax-escape = یک دنبالهٔ گریز بدشکل
syntax-other = { $detail }
load-invalid = فایل در { $count } جا قواعد قالب را رعایت نمی‌کند.

load-too-large-file = این فایل بزرگ‌تر از آن است که باز شود: { $problem }.
load-too-large = این فایل بزرگ‌تر از آن است که باز شود: در { $path }، { $problem }.
problem-over-limit = { $what } { $found } است؛ سفر حداکثر { $max } را می‌خواند
problem-unlisted = و { $count } مشکل دیگر
limit-bytes = { $found } مگابایت است؛ سفر حداکثر { $max } مگابایت را می‌خواند
limit-journeys = تعداد نقشه‌ها
limit-personas = تعداد پرسوناها
limit-persona-items = تعداد موارد
limit-stages = تعداد مرحله‌ها
limit-steps = تعداد گام‌ها در همهٔ مرحله‌ها
limit-lanes = تعداد ردیف‌ها
limit-cells = تعداد خانه‌ها
limit-cards = تعداد کارت‌ها در همهٔ نقشه‌ها
limit-cards-in-cell = تعداد کارت‌های این خانه

store-full = حافظهٔ مرورگر برای این سایت پر است.
store-unavailable = این مرورگر اجازه نمی‌دهد سفر در اینجا از حافظه‌اش استفاده کند.
store-other = مرورگر اجازهٔ ذخیره کردن نداد: { $detail }

read-newer = با نسخهٔ جدیدتری از سفر ذخیره شده است (نسخهٔ { $found }؛ این نسخه تا نسخهٔ { $supported } را می‌خواند)، پس این نسخه آن را دست‌نخورده نگه می‌دارد.
read-damaged = متن ذخیره‌شده خوانا نیست: { $detail }

library-read-only = این کتابخانه با نسخهٔ جدیدتری از سفر ذخیره شده است؛ این نسخه فقط آن را نشان می‌دهد و چیزی را تغییر نمی‌دهد.
library-not-found = نقشه‌ای با شناسهٔ «{ $id }» در این کتابخانه نیست.
library-damaged = نقشهٔ ذخیره‌شده آسیب دیده و کنار گذاشته شد: { $detail }
library-conflict = این نقشه در زبانه یا پنجرهٔ دیگری تغییر کرده است.
library-invalid = نقشه در { $count } جا قواعد قالب را رعایت نمی‌کند، پس ذخیره نشد.

command-unknown = چیزی در این نقشه شناسهٔ «{ $id }» ندارد.
command-duplicate-id = شناسهٔ «{ $id }» پیش‌تر به کار رفته است.
command-no-such-place = چنین جایگاهی وجود ندارد.
command-wrong-card-kind = این کارت در آن ردیف جا نمی‌گیرد.
command-score-outside-scale = یکی از امتیازها بیرون از مقیاس احساس قرار می‌گیرد.
command-invalid-scale = کمینهٔ مقیاس باید کمتر از بیشینهٔ آن باشد و فاصله‌شان حداکثر { $span } امتیاز باشد.
command-lane-not-empty = نوع ردیفی که کارت دارد را نمی‌توان تغییر داد.
command-mixed-granularity = این ردیف در آنجا پیش‌تر برای کل مرحله یا برای گام‌هایش خانه دارد.
command-already-attached = این پرسونا پیش‌تر به نقشه افزوده شده است.
command-over-limit = این کار از یک حد می‌گذرد: { $what } حداکثر می‌تواند { $max } باشد.

## فایل‌هایی که بارگیری یا خوانده می‌شوند.

file-not-made = مرورگر نتوانست فایل را بسازد.
file-no-page = صفحه برای بارگیری فایل آماده نیست.
file-not-text = این فایل متنی نیست.
file-not-read = مرورگر نتوانست فایل را بخواند.

## اندازهٔ پرونده‌ها و حافظه، آن‌گونه که خوانده می‌شود (Message::size)

size-kb = { $size } کیلوبایت
size-mb = { $size } مگابایت
