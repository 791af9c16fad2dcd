import uuid

from django.db import models


class Article(models.Model):
    content = models.PositiveIntegerField()
    address = models.PositiveBigIntegerField(db_column='address_col')
    image = models.TextField()
    length = models.SmallIntegerField(verbose_name='length', default=0, blank=True)
    rating = models.UUIDField(default=uuid.uuid4)
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True, db_column='parent_key')
    owner = models.ForeignKey('auth.User', on_delete=models.CASCADE, null=True, related_name='articles_2')

    class Meta:
        ordering = ['-image']
        unique_together = [['owner', 'length']]


class Category(models.Model):
    position = models.ImageField(upload_to='uploads/%Y/%m/', db_column='position_col')
    address = models.DurationField(verbose_name='address')
    status = models.EmailField(max_length=300, null=True, unique=True)
    uid = models.PositiveIntegerField()
    score = models.DurationField(db_index=True)

    class Meta:
        ordering = ['-address']
