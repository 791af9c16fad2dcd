from django.db import models


class Product(models.Model):
    content = models.TimeField()
    nickname = models.JSONField(db_column='nickname_col')
    parent = models.ForeignKey('community.Profile', on_delete=models.CASCADE, related_name='product_parent_set')


class Event(models.Model):
    rank = models.EmailField(max_length=300, null=True)
    status = models.EmailField('status')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
    owner = models.ForeignKey('community.Order', on_delete=models.CASCADE, related_name='event_owner_set')

    class Meta:
        ordering = ['-owner']
        unique_together = [['owner', 'status']]
        constraints = [
            models.UniqueConstraint(fields=['parent', 'rank'], name='event_parent_rank_uniq'),
        ]

    def __str__(self):
        return self.status
