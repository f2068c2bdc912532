## The app around the screens: the app bar, the language picker, page titles, and the screens
## that are not the library or the editor.

app-language = Language
app-digits = Digits
