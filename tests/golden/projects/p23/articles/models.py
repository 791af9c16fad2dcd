from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Category(models.Model):
    created_at = models.DateField(db_index=True)
    address = models.DurationField()
    weight = models.PositiveBigIntegerField('weight')
    attachment = models.TextField('attachment')
    homepage = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='categorys_0', db_column='user_ref_key')
    user = models.ForeignKey(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='categorys_1')

    class Meta:
        db_table = 'articles_categorys'
        unique_together = [['weight', 'created_at']]


class Album(models.Model):
    title = models.DecimalField('title', max_digits=8, decimal_places=0, blank=True)
    code = models.FileField(upload_to='files/', blank=True)

    class Meta:
        ordering = ['-title']
        constraints = [
            models.UniqueConstraint(fields=['code', 'title'], name='album_code_title_uniq'),
        ]
        indexes = [models.Index(fields=['title'])]
