language-title = Sprache
language-label = Sprache der App
language-system = Wie im System ({ $language })
language-hint = Gilt sofort auf diesem Computer. Neue Dokumente beginnen in dieser Sprache; für jedes Dokument können Sie weiterhin eine andere wählen.
