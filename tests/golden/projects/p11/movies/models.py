from django.db import models


class Album(models.Model):
    id = models.AutoField(primary_key=True)
    slug = models.FloatField(null=True, blank=True)
    birthday = models.DecimalField(max_digits=10, decimal_places=2, blank=True)
    level = models.PositiveIntegerField(default=0)
    homepage = models.FloatField('homepage')
    email = models.TimeField(blank=True)
    nickname = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = 'album item'
        unique_together = [['level', 'birthday']]
