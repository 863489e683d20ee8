# Settings → Language, and the small picker on the start screens.
language-title = Language
language-label = Language of the app
# $language: the system's language by its own name ("polski").
language-system = As the system ({ $language })
language-hint = Applies at once on this computer. New documents start in this language; you can still choose another for each document.
