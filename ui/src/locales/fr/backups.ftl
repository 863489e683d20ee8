# Sauvegardes : Paramètres → Sauvegardes, la fenêtre de restauration, la barre d’état et ce que
# la fenêtre d’effacement dit des sauvegardes.

backups-title = Sauvegardes
backups-intro = Custos sauvegarde le coffre-fort de lui-même une fois par jour et avant une mise à jour ; la sauvegarde est chiffrée avec la phrase secrète du coffre-fort et vérifiée page par page. Il en conserve une par jour pendant une semaine, une par semaine pendant un mois et une par mois pendant un an.
backups-back-up-now = Sauvegarder maintenant
backups-progress = Sauvegarde en cours… { $percent } %
backups-backed-up-to = Sauvegardé dans { $path } et vérifié.
backups-rotation-removed =
    La rotation a supprimé { $count ->
        [one] { $count } sauvegarde plus ancienne
        [many] { $count } de sauvegardes plus anciennes
       *[other] { $count } sauvegardes plus anciennes
    }.
backups-folder-set = Les sauvegardes iront désormais dans { $folder }.
backups-where = Emplacement des sauvegardes
backups-folder = Dossier
backups-folder-choose = Choisir le dossier…
backups-use-folder = Utiliser ce dossier
backups-default-folder = Revenir au dossier par défaut
backups-external-drives = Une sauvegarde sur un autre disque survit à la perte de cet ordinateur. Branchés maintenant :
backups-drive-folder = Sauvegardes Custos
backups-keep-elsewhere = Conservez aussi des sauvegardes sur un disque externe ou un dossier réseau : une sauvegarde placée à côté du coffre-fort disparaît avec l’ordinateur.
backups-in-folder = Sauvegardes de ce dossier
backups-none = Aucune sauvegarde pour l’instant.
backups-held = { $contacts }, { $messages }
backups-size-gb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Go
backups-size-mb = { $size } Mo
backups-size-kb = { $size } Ko
backups-before-passphrase-change = Faite avant le changement de phrase secrète : elle s’ouvre avec la phrase secrète utilisée à l’époque.
backups-check = Vérifier
backups-checking = Vérification…
backups-check-ok = Vérifiée : chaque page se relit et la structure est saine.
backups-check-damaged =
    Endommagée : { $count ->
        [one] { $count } problème trouvé
       *[other] { $count } problèmes trouvés
    }. Ne restaurez pas à partir de cette sauvegarde.
backups-restore-ask = Restaurer…
backups-restored = La sauvegarde du { $date } a été restaurée. Le coffre-fort tel qu’il était avant est conservé sous { $path }.

## Barre d’état

backups-backed-up-at = Sauvegardé le { $date }
backups-failed = Échec de la sauvegarde : { $error }
backups-unknown-error = erreur inconnue
backups-settings-link = Paramètres → Sauvegardes

## Effacement d’une personne : ce que contiennent encore les sauvegardes

backups-held-until-none = Aucune sauvegarde ne contient encore les données de cette personne.
backups-held-until = Les sauvegardes faites jusqu’à présent les contiennent encore jusqu’au { $date }, date à laquelle la dernière d’entre elles sera supprimée par rotation. L’effacement ne peut pas atteindre une sauvegarde.

## Fenêtre de restauration

backups-restore-title = Restaurer la sauvegarde du { $date } ?
backups-restore-warning = Tout le contenu du coffre-fort est remplacé par celui de la sauvegarde ; ce qui a été ajouté ou modifié depuis n’y figurera plus. Le coffre-fort dans son état actuel est d’abord sauvegardé, l’opération peut donc être annulée.
backups-restore-old-passphrase = Cette sauvegarde a été faite avant le dernier changement de phrase secrète : saisissez la phrase secrète utilisée à l’époque. Après la restauration, le coffre-fort s’ouvre avec cette phrase secrète.
backups-restore-same-passphrase = Après la restauration, le coffre-fort s’ouvre avec la phrase secrète de la sauvegarde.
backups-restore-passphrase = Phrase secrète de la sauvegarde
backups-restoring = Restauration…
backups-restore = Restaurer
