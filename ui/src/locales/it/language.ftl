language-title = Lingua
language-label = Lingua dell’app
language-system = Come il sistema ({ $language })
language-hint = Vale subito su questo computer. I nuovi documenti iniziano in questa lingua; per ogni documento se ne può sempre scegliere un’altra.
