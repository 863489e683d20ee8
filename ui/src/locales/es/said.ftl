## Frases que el núcleo envía por código junto al texto en inglés (said-<ámbito>-<código>).

said-purpose-problem = { $problem }.

## Si se puede contactar con una persona para una finalidad (en la ficha del contacto).

said-permission-erased = el contacto { $contact } se suprimió el { $date }
said-permission-restricted = el tratamiento de los datos de { $name } está limitado desde el { $since } ({ $reason }): solo conservación
said-permission-objected = { $name } se opuso a «{ $purpose }» el { $date }
said-permission-not-consent = «{ $purpose }» se basa en { $basis ->
        [b] el art. 6, apartado 1, letra b) (contrato)
        [c] el art. 6, apartado 1, letra c) (obligación legal)
        [d] el art. 6, apartado 1, letra d) (intereses vitales)
        [e] el art. 6, apartado 1, letra e) (misión de interés público)
        [f] el art. 6, apartado 1, letra f) (intereses legítimos)
       *[a] el art. 6, apartado 1, letra a) (consentimiento)
    }
said-permission-consent = consentimiento de { $name } para «{ $purpose }»: { $state ->
        [never_given] nunca otorgado
        [given] otorgado
        [confirmed] confirmado
        [withdrawn] retirado
       *[expired] caducado
    }
said-permission-awaits-confirmation = el consentimiento de { $name } para «{ $purpose }» está pendiente de confirmación (doble opt-in)

## El archivo de la libreta de direcciones y la fuente de los contactos importados.

said-file-vcard-file = archivo vCard con { $cards ->
        [one] { $cards } ficha
       *[other] { $cards } fichas
    }
said-file-csv-file = { $format ->
        [google] CSV de Google Contactos
        [google_old] CSV de Google Contactos (formato anterior)
        [outlook] CSV de Outlook
       *[csv] CSV
    } en { $encoding }, campos separados por { $delimiter ->
        [semicolon] punto y coma
        [tab] tabuladores
       *[comma] comas
    }
said-file-export-of = Exportación { $format ->
        [vcard] vCard
        [google] de Google Contactos
        [google_old] de Google Contactos (formato anterior)
        [outlook] de Outlook
       *[csv] CSV
    } del { $day }

## Una fila de la libreta de direcciones.

said-row-no-name = no hay nombre, organización ni dirección de correo electrónico con que mostrar este contacto
said-row-vcard-no-name = no hay nombre: la vCard no tiene FN, N, ORG ni EMAIL con que nombrar el contacto
said-row-vcard-group = un grupo de contactos (KIND:group), no una persona ni una organización
said-row-not-a-name = «{ $name }» no puede dar nombre a una ficha: un nombre necesita al menos una letra o un dígito
said-row-card-refused = { $reason }
said-row-email-left-out = «{ $value }» no es una dirección de correo electrónico (falta la @): omitida
said-row-phone-left-out = «{ $value }» no contiene dígitos: omitido
said-row-tag-left-out = «{ $tag }» supera los { $max } caracteres: omitida
said-row-left-out = { $reason }: omitido
said-row-not-merged-erased = no se fusionó con la ficha n.º { $card }: el contacto { $id } se suprimió el { $date }: ya no se puede registrar ni modificar nada sobre esta persona.
said-row-not-merged-restricted = no se fusionó con la ficha n.º { $card }: el tratamiento de los datos de { $name } está limitado (congelado) desde el { $since }: «{ $reason }». Sus datos pueden consultarse, pero no modificarse. Levante la limitación, indicando el motivo, cuando pueda reanudarse el tratamiento.
said-row-not-merged = no se fusionó con la ficha n.º { $card }: { $reason }

## Lo que le falta a un documento (tras «Complete:»).

said-missing-company-profile = el perfil de la empresa (nombre y datos de contacto del responsable del tratamiento)
said-missing-controller-name = la denominación legal del responsable del tratamiento (perfil de la empresa)
said-missing-controller-address = la dirección postal del responsable del tratamiento (perfil de la empresa)
said-missing-controller-contact = una dirección de correo electrónico o un teléfono del responsable del tratamiento (perfil de la empresa)
said-missing-dpo-contact = cómo contactar con el delegado de protección de datos (perfil de la empresa)
said-missing-supervisory-authority = la autoridad de control ante la que se puede presentar una reclamación (perfil de la empresa)
said-missing-supervisory-authority-contact = los datos de contacto de la autoridad de control (perfil de la empresa)
said-missing-purposes = al menos una finalidad en el catálogo de finalidades
said-missing-data-source = la fuente de los datos (el tercero o la fuente pública, por su nombre)
said-missing-purpose-description = una descripción de la finalidad «{ $purpose }»
said-missing-purpose-data-categories = las categorías de datos personales tratados para la finalidad «{ $purpose }»
said-missing-purpose-data-subjects = las categorías de interesados de la finalidad «{ $purpose }» (a quién se refieren los datos, p. ej., clientes, candidatos)
said-missing-purpose-retention = un plazo de conservación para la finalidad «{ $purpose }» (en la finalidad o en una regla de conservación que la mencione)
said-missing-purpose-legitimate-interest = el interés legítimo perseguido por la finalidad «{ $purpose }» (art. 6, apartado 1, letra f))
said-missing-transfer-safeguard = la garantía de la transferencia al destinatario «{ $recipient }» de la finalidad «{ $purpose }» (fuera de la UE/EEE)
