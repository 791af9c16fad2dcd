from django.db import models


class Review(models.Model):
    attachment = models.TimeField()
    rank = models.DateField()
    image = models.DecimalField(max_digits=10, decimal_places=3)
    uid = models.DateTimeField(null=True, blank=True, db_index=True, db_column='uid_col')
    level = models.PositiveSmallIntegerField(null=True)
    user = models.OneToOneField('accounts.User', on_delete=models.PROTECT, related_name='review_user_set')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, related_name='reviews_1', db_column='parent_key')

    class Meta:
        unique_together = [['uid', 'parent']]
