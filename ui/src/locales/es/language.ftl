language-title = Idioma
language-label = Idioma de la aplicación
language-system = Como el sistema ({ $language })
language-hint = Se aplica al instante en este ordenador. Los documentos nuevos empiezan en este idioma; puede elegir otro para cada documento.
