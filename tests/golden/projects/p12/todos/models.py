from django.conf import settings
from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    created_at = models.DurationField(null=True, db_index=True)
    rating = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    address = models.PositiveIntegerField()
    position = models.UUIDField(null=True, blank=True)
    opens = models.DecimalField(max_digits=10, decimal_places=2, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)


class Note(models.Model):
    homepage = models.ImageField(upload_to='images/', db_column='homepage_col')
    nickname = models.FileField(verbose_name='nickname', upload_to='images/', blank=True)
    data = models.JSONField(null=True)
    name = models.PositiveIntegerField(default=0, blank=True)
    done = models.TimeField(verbose_name='done')
    price = models.PositiveSmallIntegerField(null=True, db_column='price_col')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, blank=True, related_name='note_owner_set')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True, db_index=False)

    class Meta:
        ordering = ['-nickname']
        verbose_name = 'note item'
        unique_together = ('done', 'parent')


class Product(models.Model):
    memo = models.EmailField()
    extra = models.PositiveIntegerField()
    address = models.PositiveBigIntegerField()
    released = models.DurationField(verbose_name='released', null=True)
    score = models.DurationField(blank=True)
    slug = models.EmailField(max_length=254)

    def __str__(self):
        return f'{self.pk}: {self.memo}'
