language-title = Langue
language-label = Langue de l’application
language-system = Comme le système ({ $language })
language-hint = S’applique immédiatement sur cet ordinateur. Les nouveaux documents commencent dans cette langue ; vous pouvez toujours en choisir une autre pour chaque document.
