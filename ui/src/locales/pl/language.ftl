language-title = Język
language-label = Język aplikacji
language-system = Jak w systemie ({ $language })
language-hint = Zmiana działa od razu na tym komputerze. Nowe dokumenty zaczynają się w tym języku; dla każdego dokumentu można wybrać inny.
