from django.db import models


class Profile(models.Model):
    image = models.URLField(max_length=254)
    uid = models.TextField()
    attachment = models.SmallIntegerField()
    parent = models.ForeignKey('articles.Event', on_delete=models.CASCADE, related_name='profile_parent_set')
    writer = models.ForeignKey('articles.Question', on_delete=models.CASCADE, related_name='profile_writer_set')

    class Meta:
        unique_together = [['image', 'attachment']]
        constraints = [
            models.UniqueConstraint(fields=['attachment', 'uid'], name='profile_attachment_uid_uniq'),
        ]
